/**
 * What other features may use of search (docs/architecture.md): nothing. Search reads the plan, shared measures,
 * joint projects, surveys, the consultation desk's FAQ and meetings, each through its own index; none of them may
 * depend on search.
 */
export {};
