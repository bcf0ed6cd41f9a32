import { createReadStream } from 'node:fs';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses, FILE } from '../common/http/openapi/api-responses.js';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { FileBody } from '../common/http/body.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { mediaType, readBody } from '../common/http/read-body.js';
import { MunicipalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { ContractService } from './contract.service.js';
import {
  ContractListResponse,
  ContractReplacementResponse,
  ContractResponse,
  createBody,
  endBody,
  listQuery,
  paperSignatureBody,
  replaceBody,
  scanSignatureQuery,
} from './contract.schemas.js';
import { isScanType, SCAN_MAX_BYTES, SCAN_TYPES, sniffScan } from './domain/contract-scan.js';

/**
 * Contracts per person. Who does what (the contract is between ASK and the person; the
 * municipality's commission hands it over and collects it):
 *  - generate, replace, end: ADMIN, FINANCE (they change what is paid and under which number);
 *  - mark sent, record the signature (scan or paper reference), read, download the scan:
 *    ADMIN, FINANCE and MUNICIPALITY for its own municipality's people.
 * Another municipality's contract is not found (404).
 */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('api/v1/contracts')
@MunicipalResource('contract')
export class ContractController {
  constructor(private readonly contracts: ContractService) {}

  @Get()
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Contracts, by census and number (?municipality=<code>&staffId=&status=&census=<code>&limit=&cursor=); a municipality sees its own',
  })
  @ApiResponses({ 200: ContractListResponse })
  async list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(listQuery)) q: z.output<typeof listQuery>) {
    return ContractListResponse.parse(await this.contracts.list(p, q));
  }

  @Post()
  @HttpCode(201)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary:
      'Generate a person’s contract (ADMIN, FINANCE): the next number of the census (default: the census of the person’s competition), the period (default: the engagement)',
  })
  @ApiBody({ schema: openApiSchema(createBody) })
  @ApiResponses({ 201: ContractResponse })
  @ApiErrors('CONTRACT_EXISTS', 'CONTRACT_PERIOD_INVALID', 'CONTRACT_CENSUS_UNKNOWN', 'STAFF_UNKNOWN')
  async create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return ContractResponse.parse(await this.contracts.create(p, body));
  }

  @Get(':id')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'One contract with its status and signature record' })
  @ApiResponses({ 200: ContractResponse })
  @ApiErrors('CONTRACT_UNKNOWN')
  async get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return ContractResponse.parse(await this.contracts.get(p, id));
  }

  @Post(':id/sent')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'Mark a generated contract as sent to the person (409 CONTRACT_TRANSITION_INVALID otherwise)' })
  @ApiResponses({ 200: ContractResponse })
  @ApiErrors('CONTRACT_UNKNOWN', 'CONTRACT_TRANSITION_INVALID')
  async sent(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return ContractResponse.parse(await this.contracts.markSent(p, id));
  }

  @Post(':id/signature')
  @HttpCode(200)
  @FileBody(SCAN_MAX_BYTES)
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiConsumes('application/json', ...SCAN_TYPES)
  @ApiOperation({
    summary: 'Record the signature of a sent contract: JSON {signedOn, signedBy, paperReference}, or the scan as the body',
    description: `A scan is sent as application/pdf, image/jpeg or image/png (at most ${SCAN_MAX_BYTES / 1024 / 1024} MB; its bytes must be of that kind) with ?signedOn=YYYY-MM-DD&signedBy=<name>.`,
  })
  @ApiResponses({ 200: ContractResponse })
  @ApiErrors(
    'CONTRACT_UNKNOWN',
    'CONTRACT_TRANSITION_INVALID',
    'CONTRACT_SIGNATURE_INVALID',
    'CONTRACT_SCAN_INVALID',
    'PAYLOAD_TOO_LARGE',
    'VALIDATION_FAILED',
  )
  async signature(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Body() body: unknown,
  ) {
    const type = mediaType(req);
    if (!isScanType(type)) {
      const paper = new ZodPipe(paperSignatureBody).transform(body);
      return ContractResponse.parse(await this.contracts.recordSignature(p, id, paper, new Date()));
    }
    const q = new ZodPipe(scanSignatureQuery).transform(req.query);
    const bytes = await readBody(req, res, SCAN_MAX_BYTES);
    if (bytes.length === 0) throw new AppError('CONTRACT_SCAN_INVALID', 'the request has no scan');
    if (sniffScan(bytes) !== type) throw new AppError('CONTRACT_SCAN_INVALID', `the file is not a ${type} document`);
    return ContractResponse.parse(await this.contracts.recordSignature(p, id, { ...q, scan: { type, bytes } }, new Date()));
  }

  @Get(':id/scan')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiResponses({ 200: { description: 'The scan as uploaded', content: Object.fromEntries(SCAN_TYPES.map((t) => [t, FILE])) } })
  @ApiErrors('CONTRACT_UNKNOWN', 'CONTRACT_SCAN_MISSING')
  @ApiOperation({ summary: 'The uploaded scan of the signed contract (404 CONTRACT_SCAN_MISSING when it was recorded on paper)' })
  async scan(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<StreamableFile> {
    const f = await this.contracts.scan(p, id);
    return new StreamableFile(createReadStream(f.path), {
      type: f.type,
      length: f.size,
      disposition: `attachment; filename="${f.filename}"`,
    });
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({ summary: 'End a signed contract on the leaving date (ADMIN, FINANCE): it covers no day after it' })
  @ApiBody({ schema: openApiSchema(endBody) })
  @ApiResponses({ 200: ContractResponse })
  @ApiErrors('CONTRACT_UNKNOWN', 'CONTRACT_TRANSITION_INVALID', 'CONTRACT_END_INVALID')
  async end(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Body(new ZodPipe(endBody)) body: z.output<typeof endBody>) {
    return ContractResponse.parse(await this.contracts.end(p, id, body));
  }

  @Post(':id/replace')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({ summary: 'Replace a contract not yet ended by a new one (new number, same census; ADMIN, FINANCE)' })
  @ApiBody({ schema: openApiSchema(replaceBody) })
  @ApiResponses({ 200: ContractReplacementResponse })
  @ApiErrors('CONTRACT_UNKNOWN', 'CONTRACT_TRANSITION_INVALID', 'CONTRACT_PERIOD_INVALID')
  async replace(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(replaceBody)) body: z.output<typeof replaceBody>,
  ) {
    return ContractReplacementResponse.parse(await this.contracts.replace(p, id, body));
  }
}
