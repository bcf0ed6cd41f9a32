import { SetMetadata } from '@nestjs/common';

/**
 * Every controller declares whose data its routes serve. The isolation test walks the route
 * list and refuses any route without this declaration, and for municipal resources checks
 * that another municipality's object answers 404.
 *  - `municipal`: rows owned by a municipality; `kind` names the fixture the test uses.
 *  - `national`: reference or national-only data (geography, users, audit).
 */
export const RESOURCE = 'terren:resource';

export type MunicipalResourceKind =
  | 'ea'
  | 'staff'
  | 'team'
  | 'assignment'
  | 'municipality'
  | 'import'
  | 'payrun'
  | 'recruitment'
  | 'venue'
  | 'room'
  | 'trainingplan'
  | 'item'
  | 'distributionplan'
  | 'report'
  | 'contract';
export type ResourceMeta = { readonly scope: 'municipal'; readonly kind: MunicipalResourceKind } | { readonly scope: 'national' };

export const MunicipalResource = (kind: MunicipalResourceKind): MethodDecorator & ClassDecorator =>
  SetMetadata(RESOURCE, { scope: 'municipal', kind } satisfies ResourceMeta);

export const NationalResource = (): MethodDecorator & ClassDecorator => SetMetadata(RESOURCE, { scope: 'national' } satisfies ResourceMeta);
