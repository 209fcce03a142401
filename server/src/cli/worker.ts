/** The worker of the CLI's pool (bundled as dist/cli-worker.js): checks the batches of units sent by ./run-units.ts. */
import { worker } from 'workerpool';
import { checkUnit, type UnitOptions } from './check-unit';
import type { Unit } from './repositories';

worker({ checkUnits: (units: Unit[], options: UnitOptions) => units.map((unit) => checkUnit(unit, options)) });
