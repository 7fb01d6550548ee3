/**
 * The public module of this feature (docs/architecture.md): other features may import only what it exports. No
 * other feature uses this one; the API mounts its router from routes.ts (functions/app.ts).
 */
export {};
