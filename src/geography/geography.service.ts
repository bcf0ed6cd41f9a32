import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import { GeographyRepository } from './geography.repository.js';

/** Regions and municipalities: national reference data, readable by every signed-in role. */
@Injectable()
export class GeographyService {
  constructor(private readonly geo: GeographyRepository) {}

  regions() {
    return this.geo.regions();
  }

  municipalities(regionCode?: string) {
    return this.geo.municipalities(regionCode);
  }

  async municipality(code: string) {
    const m = await this.geo.municipalityByCode(code);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);
    return m;
  }
}
