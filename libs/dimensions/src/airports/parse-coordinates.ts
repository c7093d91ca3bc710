/** A point in decimal degrees. */
export interface Coordinates {
  readonly longitude: number;
  readonly latitude: number;
}

/**
 * Reads the OurAirports `coordinates` field, which is "longitude, latitude" (x before y, e.g.
 * '-74.93, 40.07' for Bensalem, PA); null when it is not two numbers within range.
 */
export function parseCoordinates(text: string): Coordinates | null {
  const match = /^\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const longitude = Number(match[1]);
  const latitude = Number(match[2]);
  return Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90 ? { longitude, latitude } : null;
}
