// Tax and registration numbers of Croatia, Poland and Czechia: pure validators and test-data generators.
export { TAX_ID_MESSAGE_KEYS, type TaxIdError, type TaxIdResult } from './result.ts';
export {
  validateClientTaxId,
  validateRegistrationNumber,
  validateTaxId,
  validateTaxIdFormat,
  type RegistrationKind,
  type TaxIdKind,
} from './by-country.ts';
export { generateOib, validateOib } from './croatia.ts';
export { generateNip, generateRegon14, generateRegon9, validateNip, validateRegon } from './poland.ts';
export { generateIco, validateDic, validateIco } from './czechia.ts';
export { mulberry32, type RandomFn } from './random.ts';
