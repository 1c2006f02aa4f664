import { describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';

describe('copying text', () => {
  it('drops soft hyphens and nothing else', () => {
    expect(withoutSoftHyphens('sa\u00ADmen\u00ADwer\u00ADking - UiTPAS-regio')).toBe('samenwerking - UiTPAS-regio');
  });
});
