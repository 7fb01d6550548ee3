/**
 * What other features may use of tasks (docs/architecture.md): nothing. Tasks read shared measures, joint
 * projects and organisations; none of them may depend on tasks.
 */
export {};
