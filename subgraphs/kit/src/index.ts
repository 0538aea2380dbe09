import 'reflect-metadata';

export * from './authorization.js';
export * from './config.js';
export * from './connection.js';
export * from './context.js';
export * from './database.js';
export * from './errors.js';
export * from './http.js';
export * from './ids.js';
export * from './loaders.js';
export * from './localized.js';
export * from './logger.js';
export * from './orm.js';
export * from './principal.js';
export * from './service.js';
export * from './subgraph.js';
export * from './text.js';
export * from './validation.js';
