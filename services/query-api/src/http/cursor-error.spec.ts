import { BadRequestException } from '@nestjs/common';
import { errors, types } from 'cassandra-driver';
import { asCursorError } from './cursor-error';

describe('asCursorError', () => {
  const protocol = new errors.ResponseError(types.responseErrorCodes.protocolError, 'Invalid value for the paging state');

  // schemathesis: GET /v1/arrivals?state=CT&date=...&cursor=66a2c answered 500
  it('makes the protocol error of a forged cursor a 400', () => {
    expect(asCursorError(protocol, '66a2c')).toBeInstanceOf(BadRequestException);
  });

  it('leaves a protocol error without a cursor, and outages, as they are', () => {
    const timeout = new errors.ResponseError(types.responseErrorCodes.readTimeout, 'timed out');
    expect([asCursorError(protocol, undefined), asCursorError(timeout, 'aa')]).toEqual([protocol, timeout]);
  });
});
