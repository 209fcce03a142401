/** The worker of the CLI's pool (bundled as dist/cli-worker.js): checks units sent by ./run-units.ts. */
import { worker } from 'workerpool';
import { checkUnit } from './check-unit';

worker({ checkUnit });
