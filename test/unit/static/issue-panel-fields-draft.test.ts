/** The admin form for the issue panel's fields: listed fields and typed custom names, both ways. */
import { fromDraft, toDraft } from '../../../static/src/issue-panel/panel-fields-draft';

test('custom fields are typed as names and stored with their prefix; duplicates and blanks drop out', () => {
  expect(toDraft(['priority', 'custom:cf_region', 'tags', 'custom:cf_plan'])).toEqual({ standard: ['priority', 'tags'], custom: 'cf_region, cf_plan' });
  expect(fromDraft({ standard: ['priority'], custom: ' cf_region, ,cf_plan, cf_region ' })).toEqual(['priority', 'custom:cf_region', 'custom:cf_plan']);
  expect(fromDraft(toDraft(['tags', 'custom:x']))).toEqual(['tags', 'custom:x']);
});
