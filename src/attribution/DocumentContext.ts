import type { ActorRegistry } from './ActorRegistry';
import type { TargetMention } from './createTargetMatcher';
import type { Mention } from './Mention';
import type { SpanIndex } from './spanIndex';

/**
 * What the per-unit attribution rules know about a document: its text, resolved mentions, target mentions and the
 * actors the target stands for. Built once per document by `attributeUnits`; read-only.
 *
 * @example
 * // { text, registry, mentions: createSpanIndex(resolved), targets: createSpanIndex(found), targetActor: 'Taliban',
 * //   targetActors: new Set(['Taliban']), defaultActor: null }
 */
export interface DocumentContext {
  readonly text: string;
  readonly registry: ActorRegistry;
  readonly mentions: SpanIndex<Mention>;
  readonly targets: SpanIndex<TargetMention>;
  /** The actor id reported when the target acts, or null without a target. */
  readonly targetActor: string | null;
  /** Every registry actor the target stands for. */
  readonly targetActors: ReadonlySet<string>;
  readonly defaultActor: string | null;
}

/**
 * True when a mention names the target's side.
 *
 * @example
 * isTargetSide(ctx, mentionOfTheTaliban); // true when the target is the Taliban
 */
export function isTargetSide(ctx: DocumentContext, m: Mention): boolean {
  return m.actor !== null && (m.actor === ctx.targetActor || ctx.targetActors.has(m.actor));
}
