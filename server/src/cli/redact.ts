/** The CLI masks what it prints with the engine's secret mask (shared with the language server). */
export { MASK, maskDiagnostic, secretMask } from '../engine/secret-mask';
