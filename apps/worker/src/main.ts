import 'reflect-metadata';
import { runWorker } from './run-worker';
import { WorkerModule } from './worker.module';

runWorker(WorkerModule.forRoot());
