// A worker process as apps/worker/src/main.ts starts it, with the reference read models beside the
// supervision ones (the suites check the Kafka-fed tables against the log with them):
//   node -r @swc-node/register test/messaging/support/worker-with-reference-read-models.ts
import 'reflect-metadata';
import { supervisionProjections } from '@app/read-models';
import { runWorker } from '../../../apps/worker/src/run-worker';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { activityProjection, arrivalsProjection } from './reference-read-models';

runWorker(WorkerModule.forRoot({ projections: () => [...supervisionProjections(), activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()] }));
