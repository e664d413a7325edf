export * from './account';
export * from './account.commands';
export * from './account.errors';
export * from './account.events';
export * from './account.state';
export { accountWorkflow } from './account.workflow';
export * from './password-policy';
