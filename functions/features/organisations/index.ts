/** What other features may use of organisations (docs/architecture.md): the cached list of a prefecture's organisations. */
export { organisationsOf } from './reference-cache';
