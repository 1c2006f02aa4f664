// A condition's title, linked to where the guide explains it.
import type { Check } from '../../lib/keuzehulp/rules';
import type { ConditionText } from '../../lib/keuzehulp/types';
import { url } from '../../lib/paths';

export const ConditionTitle = ({ check: { condition } }: { check: Check<ConditionText> }) => (
  <strong>{condition.link ? <a href={url(condition.link)}>{condition.title}</a> : condition.title}</strong>
);
