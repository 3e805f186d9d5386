import { InvalidOptionError } from '../errors';
import type { ActorRegistry } from './ActorRegistry';
import type { AttributeUnitsOptions } from './attributeUnits';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the arguments and options of `attributeUnits`.
 *
 * @example
 * validateAttributeUnitsOptions('text', [], { date: '18/08/2021' }); // throws InvalidOptionError for "date"
 * @throws InvalidOptionError naming the bad option.
 */
export function validateAttributeUnitsOptions(text: unknown, units: unknown, options: AttributeUnitsOptions): void {
  if (typeof text !== 'string') throw new InvalidOptionError('text', 'must be a string');
  if (!Array.isArray(units)) throw new InvalidOptionError('units', 'must be an array of TextUnit');
  const r = options.registry;
  if (r !== undefined && (typeof r !== 'object' || r === null || typeof (r as ActorRegistry).scan !== 'function')) {
    throw new InvalidOptionError('registry', 'must be an ActorRegistry from createActorRegistry or loadActorRegistry');
  }
  if (options.target !== undefined && options.target !== null && (typeof options.target !== 'string' || options.target.trim() === '')) {
    throw new InvalidOptionError('target', 'must be a non-empty string or null');
  }
  if (options.date !== undefined && options.date !== null && (typeof options.date !== 'string' || !ISO_DATE.test(options.date))) {
    throw new InvalidOptionError('date', `must be an ISO date YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  }
  if (options.defaultActor !== undefined && options.defaultActor !== null && typeof options.defaultActor !== 'string') {
    throw new InvalidOptionError('defaultActor', 'must be a string or null');
  }
  const share = (name: 'quoteInsideShare' | 'quoteDirectShare'): void => {
    const v = options[name];
    if (v !== undefined && !(typeof v === 'number' && v > 0 && v <= 1)) throw new InvalidOptionError(name, `must be a number in (0, 1], got ${String(v)}`);
  };
  share('quoteInsideShare');
  share('quoteDirectShare');
  const count = (name: 'maxQuoteChars' | 'quoteMinWords' | 'appositiveMaxChars' | 'coreferenceUnitsBack', min: number): void => {
    const v = options[name];
    if (v !== undefined && !(Number.isInteger(v) && v >= min)) throw new InvalidOptionError(name, `must be an integer >= ${min}, got ${String(v)}`);
  };
  count('maxQuoteChars', 1);
  count('quoteMinWords', 0);
  count('appositiveMaxChars', 1);
  count('coreferenceUnitsBack', 0);
}
