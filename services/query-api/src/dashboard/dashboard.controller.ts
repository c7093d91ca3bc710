import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dashboardContentType, findDashboardDirectory } from './dashboard-files';

// The page talks only to this server: no CDN, no inline script, no framing.
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

/** The dashboard: index.html at `/`, its scripts and styles under `/dashboard/`; public, the data calls carry the key. */
@ApiTags('dashboard')
@Controller()
export class DashboardController {
  private readonly directory = findDashboardDirectory();

  @Get()
  @ApiOperation({ summary: 'The dashboard page' })
  index(@Res() res: Response) {
    this.send(res, 'index.html');
  }

  @Get('dashboard/:file')
  @ApiOperation({ summary: "The dashboard's scripts and styles" })
  file(@Param('file') file: string, @Res() res: Response) {
    this.send(res, file);
  }

  private send(res: Response, name: string) {
    const contentType = dashboardContentType(name);
    if (!contentType || !existsSync(resolve(this.directory, name))) throw new NotFoundException(`no dashboard file ${name}`);
    res.sendFile(name, { root: this.directory, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
  }
}
