import { arrivalKeyOf, arrivalKeyString, formatArrivalKey } from './arrival-key';

describe('arrival key', () => {
  it('is the file month and the cicid', () => {
    expect(arrivalKeyOf({ i94yr: 2016, i94mon: 4, cicid: 4084316 })).toEqual({ i94yr: 2016, i94mon: 4, cicid: 4084316 });
    expect(formatArrivalKey({ i94yr: 2016, i94mon: 4, cicid: 4084316 })).toBe('2016-04/4084316');
  });

  it('tells the same cicid of two months apart', () => {
    expect(arrivalKeyString({ i94yr: 2016, i94mon: 4, cicid: 7 })).not.toBe(arrivalKeyString({ i94yr: 2016, i94mon: 5, cicid: 7 }));
  });

  it('refuses a record without its file month, which validation never accepts', () => {
    expect(() => arrivalKeyOf({ i94yr: 2016, i94mon: null, cicid: 7 })).toThrow(/no file month/);
  });
});
