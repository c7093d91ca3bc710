import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { type ApiKeyEntry, findApiKey, type Role, roleAllows } from './api-keys';

const ROLES_KEY = 'i94:roles';

/** Marks a handler with the roles that may call it (admin always may). */
export const RequireRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Token of the provider that holds the parsed API_KEYS entries. */
export const API_KEY_ENTRIES = Symbol('API_KEY_ENTRIES');

/** The caller, attached to the request once the key is checked. */
export interface Caller {
  name: string;
  role: Role;
}

/** 401 without a known `x-api-key`, 403 when its role may not call the handler. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEY_ENTRIES) private readonly entries: readonly ApiKeyEntry[],
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!allowed) return true;
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const presented = request.header('x-api-key');
    if (!presented) throw new UnauthorizedException('missing x-api-key header');
    const entry = findApiKey(this.entries, presented);
    if (!entry) throw new UnauthorizedException('unknown API key');
    if (!roleAllows(entry.role, allowed)) throw new ForbiddenException(`role ${entry.role} may not do this; needs ${allowed.join(' or ')}`);
    request.caller = { name: entry.name, role: entry.role };
    return true;
  }
}
