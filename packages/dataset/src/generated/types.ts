/* This file is generated from the zod schema in schema/ by scripts/build.ts. Do not edit it. */

/**
 * What was done to or with the counted things: launched, intercepted, hit, destroyed, …
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Action".
 */
export type Action =
  | 'launched'
  | 'intercepted'
  | 'hit'
  | 'damaged'
  | 'destroyed'
  | 'disabled'
  | 'killed'
  | 'injured'
  | 'exchanged'
  | 'proposed'
  | 'rejected'
  | 'controlled'
  | 'claimed'
  | 'amassed'
  | 'invaded';
/**
 * Words that stand for a party where the source does not name it ("Moscow said").
 *
 * @minItems 1
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "ReferredToAs".
 */
export type ReferredToAs = {
  /**
   * The party the words stand for.
   */
  id: string;
  /**
   * The words, verbatim from an excerpt or the attribution.
   */
  words: string;
}[];

/**
 * The Parley dataset: every fact in the source articles, with its evidence.
 */
export interface ParleyDataset {
  /**
   * Version of the @parley/dataset package this document was built for.
   */
  version: string;
  sources: Source[];
  people: Person[];
  organisations: Organisation[];
  places: Place[];
  events: Event[];
  roles: Role[];
  quantities: Quantity[];
  figures: Figure[];
  quotes: Quote[];
  positions: Position[];
  biographies: Biography[];
  /**
   * Retired ids and the records that replace them; see `DatasetIndex.resolve`.
   */
  redirects: Redirect[];
}
/**
 * A source article.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * Citation key, used in drafts as [@key]. A public contract: never renamed.
   */
  id: string;
  /**
   * Headline as printed.
   */
  title: string;
  /**
   * Publication the text appeared in, as printed; null when the text does not name it.
   */
  outlet: string | null;
  /**
   * News organisation the story comes from (the wire or original newspaper), as printed; null if unnamed.
   */
  publisher: string | null;
  /**
   * Authors as printed, in order; empty when there is no byline.
   */
  byline: string[];
  /**
   * Publication date.
   */
  publishedAt: {
    /**
     * ISO 8601 date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.
     */
    date: string;
    /**
     * printed: the date is in the text; inferred: deduced from dates in the text.
     */
    basis: 'printed' | 'inferred';
    /**
     * How an inferred date was deduced.
     */
    note?: string;
  };
  /**
   * BCP 47 language of the text as stored.
   */
  language: string;
  /**
   * BCP 47 language of the original, when the text is a translation.
   */
  translatedFrom?: string;
  /**
   * File name of the article text in the seed corpus.
   */
  seedFile: string;
  /**
   * sha256 of the text (its bytes) every excerpt citing this source was checked against; the build refuses another text.
   */
  sha256: string;
  /**
   * Organisation record of the publisher, when it has one.
   */
  publisherOrganisation?: string;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * Where a fact is stated: a source and the exact excerpt that states it.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  /**
   * Citation key of the source.
   */
  source: string;
  /**
   * Verbatim excerpt of the source text (whitespace may differ). Short: never the whole article.
   */
  excerpt: string;
  /**
   * UTF-16 offset in the source text where the excerpt begins.
   */
  offset: number;
}
/**
 * A person named in the sources.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Person".
 */
export interface Person {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Every spelling of the name found in the sources or standard for it; exactly one preferred.
   *
   * @minItems 1
   */
  names: Spelling[];
  /**
   * Who the person is, in one line, as the sources present them.
   */
  description: string;
  /**
   * Place ids of the countries the person acts for.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  nationality?: string[];
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Spelling".
 */
export interface Spelling {
  /**
   * The spelling exactly as written.
   */
  text: string;
  /**
   * preferred: the dataset’s canonical spelling; accepted: correct alternative; deprecated: should be replaced in English text.
   */
  status: 'preferred' | 'accepted' | 'deprecated';
  /**
   * name: the name as commonly written (Volodymyr Zelensky, United States); short: a shorter form used alone (Zelensky, Britain, Kursk); formal: the official long form (Russian Federation, Kursk Oblast); abbreviation: initials or acronym (SBU, US, U.N.); description: a descriptive phrase rather than a name (Ukraine’s air force, second round of talks).
   */
  kind: 'name' | 'short' | 'formal' | 'abbreviation' | 'description';
  /**
   * BCP 47 language the spelling comes from, when not English (e.g. fr, uk, ru).
   */
  lang?: string;
  /**
   * Declares that this spelling is knowingly shared with another record (e.g. a surname).
   */
  ambiguous?: boolean;
  /**
   * Why this spelling has its status (required for deprecated).
   */
  note?: string;
}
/**
 * An organisation named in the sources.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Organisation".
 */
export interface Organisation {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Every spelling of the name found in the sources or standard for it; exactly one preferred.
   *
   * @minItems 1
   */
  names: Spelling[];
  type:
    | 'government'
    | 'government-office'
    | 'ministry'
    | 'military'
    | 'security-service'
    | 'delegation'
    | 'news-organisation'
    | 'alliance'
    | 'international-organisation'
    | 'other';
  description: string;
  /**
   * Place id of the country it belongs to.
   */
  country?: string;
  /**
   * Organisation id it is part of.
   */
  partOf?: string;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A place named in the sources.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Place".
 */
export interface Place {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Every spelling of the name found in the sources or standard for it; exactly one preferred.
   *
   * @minItems 1
   */
  names: Spelling[];
  type:
    | 'country'
    | 'region'
    | 'city'
    | 'town'
    | 'venue'
    | 'building'
    | 'waterway'
    | 'peninsula'
    | 'geographic-area'
    | 'us-state';
  description: string;
  /**
   * Place id of the place that contains it.
   */
  within?: string;
  /**
   * Demonyms and adjectives used as qualifiers before titles (Ukrainian, Ukraine’s, U.S.).
   */
  adjectives?: string[];
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * An event reported in the sources.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface Event {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Every spelling of the name found in the sources or standard for it; exactly one preferred.
   *
   * @minItems 1
   */
  names: Spelling[];
  type:
    | 'talks'
    | 'attack'
    | 'military-operation'
    | 'offensive'
    | 'invasion'
    | 'annexation'
    | 'call'
    | 'press-conference'
    | 'meeting'
    | 'prisoner-exchange'
    | 'announcement'
    | 'statement'
    | 'photograph'
    | 'submission';
  description: string;
  /**
   * When it happened, at the precision the sources give.
   */
  date: {
    /**
     * ISO 8601 date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.
     */
    start: string;
    /**
     * Last day, for events longer than a day.
     */
    end?: string;
    derivation?: DateDerivation;
    /**
     * Why the date is coarser than a date an excerpt states: the finer date is another event’s (the talks a prisoner swap followed).
     */
    note?: string;
  };
  /**
   * Place ids, from the most specific (venue) to the broadest.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  places?: string[];
  /**
   * Ids of people, organisations or countries taking part.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  participants?: string[];
  /**
   * Event id of a larger event.
   */
  partOf?: string;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * How the date follows from a source’s date and its words.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "DateDerivation".
 */
export interface DateDerivation {
  /**
   * Citation key of the source whose date the words count from.
   */
  source: string;
  /**
   * The words, verbatim from an excerpt of that source ("on Sunday").
   */
  words: string;
  /**
   * weekday-before: the named weekday on or before the source date; weekday-after: on or after it; yesterday, today; last-week: Monday to Sunday of the week before; last-month: the month before; last-year: the year before (with the month the words name, if any); this-year: the source date’s year; years-before-end: the year of date.end less the number of years the words state ("after eight years of fighting").
   */
  rule:
    | 'weekday-before'
    | 'weekday-after'
    | 'yesterday'
    | 'today'
    | 'last-week'
    | 'last-month'
    | 'last-year'
    | 'this-year'
    | 'years-before-end';
}
/**
 * An office held by a person.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Role".
 */
export interface Role {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Person id of the holder.
   */
  person: string;
  /**
   * Spellings of the title as used before a name or in apposition (Defence Minister, Minister of Defense); the preferred one first-class.
   *
   * @minItems 1
   */
  title: Spelling[];
  /**
   * Organisation id the office belongs to.
   */
  organisation?: string;
  /**
   * Place id of the country the office is of.
   */
  jurisdiction?: string;
  /**
   * Start of the term, when the sources give it.
   */
  from?: string;
  /**
   * End of the term, when it had ended.
   */
  to?: string;
  /**
   * True when the sources say the office is no longer held.
   */
  former?: boolean;
  /**
   * Date at which the sources attest the office.
   */
  attested: string;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A quantity reported in the sources.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Quantity".
 */
export interface Quantity {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * What is counted, precisely enough to tell it from similar counts.
   */
  description: string;
  /**
   * Units its reports use (one quantity may be reported as km2 and as fraction).
   *
   * @minItems 1
   *
   * Items: What one unit is, singular kebab-case: drone, aircraft, km2, fraction, day, minute, person, region.
   */
  units: string[];
  /**
   * Date or period the quantity refers to.
   */
  when?: string;
  /**
   * Event id the quantity belongs to.
   */
  event?: string;
  /**
   * What was done to the counted things (every one of them, for a count such as "killed and injured"). A sentence whose number is tied to another action is about another quantity.
   *
   * @minItems 1
   */
  actions?: Action[];
  /**
   * Who did it: ids of the people, organisations or countries that launched, proposed, hit, …
   *
   * @minItems 1
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  actor?: string[];
  /**
   * At or against whom: ids of the parties the action was aimed at.
   *
   * @minItems 1
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  target?: string[];
  /**
   * Whose the counted things are (Russia’s drones, Russia’s aircraft, Ukraine’s delegation): a count qualified by another party is about another quantity.
   *
   * @minItems 1
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  owner?: string[];
  /**
   * For a share (unit fraction): the place or party it is a share of (Ukraine, for the share of Ukraine’s territory).
   */
  whole?: string;
  /**
   * When the quantity is itself a limit its source sets (a minimum 30-day ceasefire), not an estimate: a draft giving another limit contradicts it.
   */
  limit?: 'minimum' | 'maximum';
  /**
   * True for a count agreed, proposed or set as a deadline but not yet carried out (bodies to be exchanged): a sentence saying what was handed over or done is about the count carried out.
   */
  planned?: boolean;
  /**
   * True when reports count for each of two sides (6,000 bodies each), so a total is twice the value.
   */
  perSide?: boolean;
  /**
   * How a writer refers to this quantity, used to recognise it in drafts.
   */
  terms: {
    /**
     * Words that follow the number and name what is counted (drones, aircraft, planes).
     *
     * @minItems 1
     */
    nouns: string[];
    /**
     * Words that name what is counted only after one of the nouns and "of" (soldiers in "the bodies of 6,000 soldiers"): alone they count something else ("1,200 soldiers from each side" are living prisoners).
     *
     * @minItems 1
     */
    ofNouns?: string[];
    /**
     * Words that identify this quantity among others counted with the same nouns (record, Sumy, road map), any of which must occur in the sentence, unless a date in the sentence falls on the quantity’s own day. Not words that merely restate the noun or the action.
     *
     * @minItems 1
     */
    context: string[];
    /**
     * Words placing the sentence in the quantity’s occasion (handed, talks, Istanbul), any of which must also occur, when the context words alone are shared with other counts; a mention of the quantity’s event, or a date on its day, counts too.
     *
     * @minItems 1
     */
    scope?: string[];
  };
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A report of a quantity.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Figure".
 */
export interface Figure {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Quantity id this is a report of.
   */
  quantity: string;
  /**
   * The figure as printed ("472 drones", "a little under one fifth").
   */
  text: string;
  /**
   * What one unit is, singular kebab-case: drone, aircraft, km2, fraction, day, minute, person, region.
   */
  unit: string;
  value: {
    /**
     * How the value is qualified as printed: "472" exact, "about" approximate, "more than", "a little under", "dozens" vague.
     */
    exactness:
      | 'exact'
      | 'approximate'
      | 'more-than'
      | 'at-least'
      | 'less-than'
      | 'at-most'
      | 'a-little-under'
      | 'range'
      | 'vague';
    /**
     * The number printed; required unless exactness is range or vague.
     */
    amount?: number;
    /**
     * Lower bound (inclusive) of a range.
     */
    min?: number;
    /**
     * Upper bound (inclusive) of a range.
     */
    max?: number;
  };
  /**
   * each-side when the figure is for each of two sides.
   */
  per?: 'total' | 'each-side';
  /**
   * Ids of who the figure is attributed to; empty when the source states it on its own authority.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  attributedTo: string[];
  /**
   * The attribution as printed ("Ukraine’s air force said").
   */
  attribution?: string;
  /**
   * ISO 8601 date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  asOf?: string;
  referredToAs?: ReferredToAs;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A verbatim quote.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Quote".
 */
export interface Quote {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * The quoted words exactly as printed, without the quotation marks.
   */
  text: string;
  /**
   * BCP 47 language of the words as stored (en); the language of the source they are quoted from.
   */
  language: string;
  /**
   * Present when the words are a translation, not the speaker’s own: a quote from a translated article. A draft may render them differently; only their sense is checked.
   */
  translation?: {
    /**
     * BCP 47 language the words were translated from (fr).
     */
    from: string;
    /**
     * Whose translation it is, when the source says or it is not the source.
     */
    note?: string;
  };
  /**
   * Person or organisation id of the speaker; null for an unnamed speaker.
   */
  speaker: string | null;
  /**
   * How the source describes an unnamed speaker.
   */
  speakerDescription?: string;
  /**
   * When the words were said or written.
   */
  date?: string;
  setting:
    | 'press-conference'
    | 'remarks-to-reporters'
    | 'social-media'
    | 'statement'
    | 'interview'
    | 'speech'
    | 'document'
    | 'unspecified';
  /**
   * Where, as the source says ("in a press conference in Berlin").
   */
  settingDetail?: string;
  /**
   * Event id at which the words were said.
   */
  event?: string;
  /**
   * True for an embedded post: the words stand as a block of their own, signed by their author (“– Name (@handle) date”), instead of inside quotation marks.
   */
  embedded?: boolean;
  /**
   * Ids of what the quote is about.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  about?: string[];
  /**
   * Quote ids of the same words as another source renders them (“root causes” and “deep causes”), or of another rendering of the same statement: kept side by side, not merged.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  alsoReportedAs?: string[];
  referredToAs?: ReferredToAs;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A negotiating position.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Position".
 */
export interface Position {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Id of the country, organisation or person holding the position.
   */
  party: string;
  stance: 'demands' | 'proposes' | 'rejects' | 'offers' | 'conditions';
  /**
   * The position in one sentence.
   */
  summary: string;
  /**
   * @minItems 1
   */
  topics: (
    | 'ceasefire'
    | 'territory'
    | 'nato'
    | 'eu'
    | 'security-guarantees'
    | 'prisoners'
    | 'children'
    | 'sanctions'
    | 'reparations'
    | 'military'
    | 'summit'
    | 'memorandum'
    | 'negotiations'
    | 'humanitarian'
    | 'mobilisation'
    | 'military-aid'
    | 'assets'
  )[];
  /**
   * Document it is set out in (road map, memorandum), when there is one.
   */
  document?: 'road map' | 'memorandum';
  /**
   * Ids of the people who stated it.
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  statedBy?: string[];
  /**
   * When it was stated.
   */
  date?: string;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A line of a person’s biography.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Biography".
 */
export interface Biography {
  /**
   * Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  id: string;
  /**
   * Person id the line is about.
   */
  person: string;
  /**
   * What the sources say about them, in one sentence.
   */
  statement: string;
  /**
   * When, if the sources say.
   */
  date?: string;
  /**
   * At least one source passage supporting the record.
   *
   * @minItems 1
   */
  evidence: Evidence[];
}
/**
 * A retired id and the records that replace it.
 *
 * This interface was referenced by `ParleyDataset`'s JSON-Schema
 * via the `definition` "Redirect".
 */
export interface Redirect {
  /**
   * The retired id. No live record may have it again.
   */
  id: string;
  /**
   * The id of the record that now holds what the retired one held.
   */
  moved?: string;
  /**
   * The ids of the records it was split into.
   *
   * @minItems 2
   *
   * Items: Kebab-case id, equal to the file name; unique across the dataset and never reused.
   */
  split?: string[];
  /**
   * Why it was retired, in words for the release notes.
   */
  reason: string;
}
