import { backgroundRule } from './rules/backgroundRule';
import { commentRule } from './rules/commentRule';
import { conditionRule } from './rules/conditionRule';
import { contrastRule } from './rules/contrastRule';
import { hedgeRule } from './rules/hedgeRule';
import { intensifierRule } from './rules/intensifierRule';
import { labelRule } from './rules/labelRule';
import { nameRule } from './rules/nameRule';
import { negationRule } from './rules/negationRule';
import { questionRule } from './rules/questionRule';
import { reportedSpeechRule } from './rules/reportedSpeechRule';
import { targetRule } from './rules/targetRule';
import { trapRule } from './rules/trapRule';
import type { ScoringRule } from './ScoringRule';

/**
 * The codebook's rules in the order they run: traps, yes/no questions, background asides, others' comments, labels in brackets, proper names and the
 * target check first (they zero cues), then negation (flips), conditions (withhold recognition), hedges and intensifiers (strength), contrast
 * (weighs clauses against each other, so it needs the signs the earlier rules settled), and the reported-speech note.
 */
export const defaultRules: readonly ScoringRule[] = Object.freeze([
  trapRule,
  questionRule,
  backgroundRule,
  commentRule,
  labelRule,
  nameRule,
  targetRule,
  negationRule,
  conditionRule,
  hedgeRule,
  intensifierRule,
  contrastRule,
  reportedSpeechRule,
]);
