import { BadRequestException } from '@nestjs/common';
import { errors, types } from 'cassandra-driver';

/**
 * A cursor Cassandra cannot read as a page state (made up or altered by the client, not a
 * previous page's `next`) becomes 400; Cassandra answers it with a protocol error (0x000A),
 * which was a 500. Any other error is left as it is.
 */
export function asCursorError(error: unknown, cursor: string | undefined): unknown {
  const refused = cursor !== undefined && error instanceof errors.ResponseError && error.code === types.responseErrorCodes.protocolError;
  return refused ? new BadRequestException('cursor must be the "next" value of a previous page') : error;
}
