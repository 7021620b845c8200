export { LazyProfileSync, loadProfileSync } from './LazyProfileSync';
