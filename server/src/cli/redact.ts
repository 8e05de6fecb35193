/** The CLI masks what it prints with the engine's secret mask (shared with the language server). */
export { analysisMask, MASK, maskDiagnostic, secretMask } from '../engine';
