/**
 * The dataset's schema: sources, entities, relations, confusables and user packs.
 * Every file in data/ and every imported pack is parsed with these schemas, so nothing
 * untrusted reaches the matcher or a card unchecked. See docs/DATASET.md.
 */
import * as v from 'valibot';

const MAX_QUOTE = 300;

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  v.maxLength(80),
);

/** Only https URLs, checked by parsing, not by prefix (so "https:javascript:" is refused). */
export const httpsUrl = v.pipe(
  v.string(),
  v.maxLength(2000),
  v.check((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be https'),
);

const date = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
const year = v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(2100));
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const TimeSchema = v.pipe(
  v.strictObject({ from: v.optional(year), to: v.optional(year) }),
  v.check(
    (t) => t.from === undefined || t.to === undefined || t.from <= t.to,
    'from must not be after to',
  ),
);

export const SourceKinds = ['news', 'journal', 'encyclopedia', 'official', 'qa', 'blog'] as const;

export const SourceSchema = v.strictObject({
  id: slug,
  title: text(400),
  publisher: text(200),
  author: v.optional(text(200)),
  published: v.optional(date),
  url: httpsUrl,
  kind: v.picklist(SourceKinds),
  lang: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z]+)?$/, 'must be a language code')),
  ),
  accessed: date,
  seed: v.optional(
    v.pipe(v.string(), v.regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must be a seed file name')),
  ),
});

export const CitationSchema = v.strictObject({
  source: slug,
  quote: text(MAX_QUOTE),
  /** When someone last checked that the quote is in the source and supports the fact. */
  checked: v.optional(date),
});

/**
 * One of the values that sources give for a contested fact (a birth year that differs between
 * sources), with the citations that give this value. The card shows every value with its own
 * sources rather than silently picking one.
 */
export const ContestedValueSchema = v.strictObject({
  value: text(160),
  time: v.optional(TimeSchema),
  citations: v.pipe(
    v.array(CitationSchema),
    v.minLength(1, 'needs at least one citation'),
    v.maxLength(8),
  ),
});

/**
 * What a fact states, typed, so a claim in an article can be compared with it without guessing
 * from prose. The subject is the entity the fact belongs to unless `subject` names another.
 */
export const EventTypes = [
  'founded', // an organisation/project was founded or set up (subject = the organisation)
  'born',
  'died',
  'studied', // studied at / graduated from `object` (degree in `role`)
  'joined', // joined `object` (role in `role`)
  'left', // left `object`
  'moved', // moved to `place` (or `object`)
  'returned', // returned to `place` (a country) or `object`
  'appointed', // took the role `role` at `object`
  'awarded', // received the award `detail` (giver in `object`)
  'listed', // went public (exchange in `detail`)
  'acquired', // subject acquired `object`; or was acquired by `object` with detail "by"
  'released', // released a product/model `detail`
  'entity-listed', // added to the US Entity List
  'issued', // a rule/plan/law was issued (by `object`)
  'effective', // a rule took effect
  'renamed', // renamed to `detail`
  'elected', // elected to an academy/society `object`
  'funded', // raised or granted funding `detail`
] as const;

export const StatementSchema = v.strictObject({
  event: v.picklist(EventTypes),
  subject: v.optional(slug),
  object: v.optional(slug),
  place: v.optional(text(80)),
  role: v.optional(text(80)),
  detail: v.optional(text(120)),
  date: v.optional(date),
});

export const FactSchema = v.strictObject({
  text: text(400),
  /** The same fact in Chinese, in our own words (quotes stay as written in their source). */
  textZh: v.optional(text(200)),
  time: v.optional(TimeSchema),
  /**
   * For a fact that holds now (a role, a post, an ownership): the date it was last known to
   * hold. The card shows "since <time.from> · as of <asOf>".
   */
  asOf: v.optional(date),
  statements: v.optional(v.pipe(v.array(StatementSchema), v.maxLength(4))),
  citations: v.pipe(
    v.array(CitationSchema),
    v.minLength(1, 'needs at least one citation'),
    v.maxLength(8),
  ),
  /** Where sources disagree: each value with its sources (at least two values). */
  contested: v.optional(
    v.pipe(
      v.array(ContestedValueSchema),
      v.minLength(2, 'a contested fact needs at least two values'),
      v.maxLength(6),
    ),
  ),
});

export const RelationTypes = [
  'founded',
  'leads',
  'works_at',
  'studied_at',
  'advised',
  'part_of',
  'located_in',
  'funds',
  'spun_out_of',
  'collaborates_with',
] as const;
/** Inverse spellings accepted in data files and turned round by the compiler. */
export const InverseRelationTypes = {
  founded_by: 'founded',
  led_by: 'leads',
  funded_by: 'funds',
  has_part: 'part_of',
} as const;

export const RelationSchema = v.strictObject({
  type: v.picklist([
    ...RelationTypes,
    ...(Object.keys(InverseRelationTypes) as (keyof typeof InverseRelationTypes)[]),
  ]),
  target: slug,
  role: v.optional(text(80)),
  time: v.optional(TimeSchema),
  citation: CitationSchema,
});

export const AliasMatch = ['word', 'case', 'short', 'context'] as const;
export const AliasSchema = v.strictObject({
  text: text(120),
  match: v.optional(v.picklist(AliasMatch)),
});

import { Categories } from './categories';
export { Categories };
export const OrgKinds = [
  'university',
  'institute',
  'company',
  'government',
  'think-tank',
  'association',
] as const;

/**
 * Where an entity is based (organisations) or mainly made its career (people). Optional; a
 * person or organisation without a Chinese name must say it is not based in China, so the
 * report and the tests can tell a missing Chinese name from one that does not exist.
 */
export const Regions = ['china', 'us', 'europe', 'other'] as const;

export const NativeSchema = v.strictObject({
  hans: text(60),
  hant: v.optional(text(60)),
  citation: CitationSchema,
});

export const EntitySchema = v.pipe(
  v.strictObject({
    id: slug,
    category: v.picklist(Categories),
    kind: v.optional(v.picklist(OrgKinds)),
    name: text(160),
    native: v.optional(NativeSchema),
    region: v.optional(v.picklist(Regions)),
    aliases: v.pipe(v.array(AliasSchema), v.maxLength(60)),
    summary: text(300),
    /** The summary in Chinese, in our own words. */
    summaryZh: v.optional(text(160)),
    /**
     * The name is shared by other notable people (set by the data where it knows a namesake;
     * common Chinese names in pinyin are treated so without it): marked only with evidence.
     */
    namesake: v.optional(v.boolean()),
    facts: v.pipe(v.array(FactSchema), v.maxLength(40)),
    relations: v.optional(v.pipe(v.array(RelationSchema), v.maxLength(60))),
    links: v.optional(
      v.strictObject({
        website: v.optional(httpsUrl),
        wikipedia: v.optional(httpsUrl),
        wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'must be a Wikidata id'))),
      }),
    ),
  }),
  v.check(
    (e) => e.category === 'organisation' || e.kind === undefined,
    'kind is only for organisations',
  ),
);

/**
 * data/linking/*.json: what the matcher uses to decide who a name refers to. `fieldTerms` are
 * the words of the field; one near the name of a person whose name is shared by other notable
 * people is evidence that the page means ours (docs/MATCHING.md, the evidence rule).
 */
export const LinkingSchema = v.strictObject({
  note: v.optional(v.string()),
  fieldTerms: v.pipe(v.array(AliasSchema), v.maxLength(500)),
});

export const ConfusableSchema = v.strictObject({
  text: text(120),
  note: text(300),
  blocks: v.optional(v.array(slug)),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type RelationType = (typeof RelationTypes)[number];
export type AliasMatchMode = (typeof AliasMatch)[number];
export type { Category } from './categories';
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Confusable = v.InferOutput<typeof ConfusableSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type EventType = (typeof EventTypes)[number];
export type TimeSpan = v.InferOutput<typeof TimeSchema>;
