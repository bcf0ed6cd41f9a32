import { Controller, HttpCode, Module, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessTokens } from '../auth/access-tokens.js';
import { AuthModule } from '../auth/auth.module.js';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { ApiResponses } from '../common/http/openapi/api-responses.js';
import { NationalResource } from '../common/http/resource.js';
import { BOARD_PATH, BoardSignIn, QueueBoard } from '../common/jobs/queue-board.js';
import { QueueBoardSessionResponse } from '../common/jobs/queue-board.schemas.js';
import { Role } from '../generated/prisma/enums.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/v1/admin/queue-board')
@NationalResource()
export class QueueBoardController {
  constructor(private readonly board: QueueBoard) {}

  @Post('session')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Open the job queue dashboard (ADMIN): sets a 10-minute httpOnly cookie for /api/v1/admin/queues, then open that page',
  })
  @ApiResponses({
    200: {
      content: { 'application/json': QueueBoardSessionResponse },
      example: { expiresAt: '2026-05-02T08:30:00.000Z', url: `${BOARD_PATH}/` },
    },
  })
  session(@CurrentPrincipal() p: Principal, @Res({ passthrough: true }) res: Response) {
    return this.board.session(p.userId, res);
  }
}

/** The bull-board dashboard (src/common/jobs) with the API's sign-in (import in the API's module list). */
@Module({
  imports: [AuthModule],
  controllers: [QueueBoardController],
  providers: [QueueBoard, { provide: BoardSignIn, useExisting: AccessTokens }],
})
export class QueueBoardModule {}
