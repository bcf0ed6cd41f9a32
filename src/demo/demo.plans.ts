import type { INestApplicationContext } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import { nationalScope } from '../common/scope/scope.js';
import { DistributionPlanService } from '../equipment/distribution-plan.service.js';
import { Role } from '../generated/prisma/enums.js';
import { TrainingPlanService } from '../training/training-plan.service.js';

/**
 * Demo plans made through the services, as ASK logistics would make them: for every demo
 * municipality without one, the supervisors' and enumerators' room plans are generated and
 * published, then a new distribution plan version is generated so each person's kit line
 * shows their training session. Idempotent: a municipality that already has a plan for an
 * event is left alone (a restart changes nothing). Returns what it made, for the start banner.
 */
export async function seedDemoPlans(app: INestApplicationContext, municipalityCodes: readonly string[]): Promise<string[]> {
  const prisma = app.get<PrismaClient>(PRISMA);
  const training = app.get(TrainingPlanService);
  const distribution = app.get(DistributionPlanService);
  const admin = await prisma.user.findUnique({ where: { email: 'admin@demo.terren' }, select: { id: true, email: true } });
  if (!admin) return [];
  const principal: Principal = { userId: admin.id, email: admin.email, role: Role.ADMIN, municipalityId: null, scope: nationalScope };
  const events = await prisma.trainingEvent.findMany({
    where: { kind: { in: ['SUPERVISORS', 'ENUMERATORS'] } },
    orderBy: { startDate: 'asc' },
    select: { id: true, kind: true },
  });
  const made: string[] = [];
  for (const code of municipalityCodes) {
    const municipality = await prisma.municipality.findUnique({ where: { code }, select: { id: true } });
    if (!municipality) continue;
    let planned = false;
    for (const event of events) {
      const existing = await prisma.trainingPlan.count({ where: { eventId: event.id, municipalityId: municipality.id } });
      if (existing > 0) continue;
      const plan = await training.generate(principal, event.id, { municipalityCode: code });
      await training.publish(principal, plan.id);
      planned = true;
    }
    if (planned) {
      await distribution.generatePlan(principal, code);
      made.push(code);
    }
  }
  return made;
}
