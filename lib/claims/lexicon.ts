/**
 * Words that tie a year to an event, and role words, in English and Chinese. Event classes are
 * language-independent, so a Chinese sentence (回国) is compared with an English fact
 * ("returned to China").
 */
export type EventClass =
  | 'born'
  | 'died'
  | 'founded'
  | 'returned'
  | 'left'
  | 'joined'
  | 'led'
  | 'degree'
  | 'award'
  | 'fellow'
  | 'released'
  | 'listed'
  | 'acquired'
  | 'sanctioned'
  | 'renamed'
  | 'funded'
  | 'moved'
  | 'issued'
  | 'effective';

/**
 * Events that happen once to an entity: a year that differs from the dataset's is a
 * contradiction without further context. Every other class needs a shared entity or name.
 */
export const UNIQUE_EVENTS: ReadonlySet<EventClass> = new Set([
  'born',
  'died',
  'listed',
  // The returnee's return: the dataset records it once, as the story that makes it notable.
  'returned',
]);
/** Events that start a span: compared with the span's first year. */
export const START_EVENTS: ReadonlySet<EventClass> = new Set(['founded', 'joined']);

const EN_EVENTS: [EventClass, RegExp][] = [
  ['born', /\bborn\b|\bbirth\b/gi],
  ['died', /\bdied\b|\bdeath\b|\bpassed away\b/gi],
  [
    'founded',
    // "started buying chips", "began to …": starting an activity is no founding.
    // "became its own company": the lab's founding as a company.
    /\b(co-?)?found(ed|s|ing)\b|\bestablish(ed|es|ing|ment)?\b|\bset(ting)? up\b|\blaunch(ed|es)?\b|\binaugurated\b|\bcreated\b|\bstart(ed|s)\b(?!\s+(\w+ing|to)\b)|\bspun (out|off)\b|\bspin-?off\b|\bturned into a (company|business)\b|\bbecame (its own|an independent|a separate|a) (company|business|firm|startup)\b|\bincorporated\b/gi,
  ],
  // "return to the academic world", "returned to research": no move back to a country.
  [
    'returned',
    /\breturn(ed|s|ing)?\b(?!\s+to\s+(the\s+)?(academia|academic|academe|research|teaching|campus|school))|\bmov(e|ed|es|ing) back\b|\bcame (back|home)\b/gi,
  ],
  ['moved', /\bmov(e|ed|es|ing) to\b|\brelocat(e|ed|es|ing)\b|\bemigrated\b/gi],
  [
    'left',
    /\bleft\b|\bleaving\b|\bleaves?\b|\bdepart(ed|ure)?\b|\bquit\b|\bstepped down\b|\bretired?\b|\bresigned\b|\b(bid|bade|said) (farewell|goodbye) to\b|\b(hand(ed|s|ing)?|passed) over\b(?=[^.;]{0,40}\b(post|role|job|reins|position|title|baton)\b)/gi,
  ],
  [
    'joined',
    /\bjoin(ed|s|ing)?\b|\bhired\b|\bhiring(?=\s+by\b)|\bappointed\b|\brecruited\b|\btook (up|over)\b|\b(?:became|was\s+named|were\s+named|was\s+made|promoted\s+to)\s+(?:its\s+|the\s+|an?\s+)?(?:[\w&.'’-]+\s+){0,3}?(?:director|dean|president|head|chair(?:man)?|ceo|chief executive|cto|professor|(?:chief\s+(?:[\w-]+\s+)?)(?:scientist|officer|architect))\b/gi,
  ],
  ['led', /\blead(s|ing)?\b|\bled\b|\bhead(s|ed)\b|\bdirect(s|ed)\b|\bran\b|\bruns\b/gi],
  [
    'degree',
    /\bph\.?\s?d\b|\bdoctorate\b|\bdoctoral\b|\bbachelor'?s?\b|\bb\.?sc?\b|\bmaster'?s\b|\bmaster of\b|\bm\.[as]\.|\bm\.?sc\b|\bgraduated?\b(?!\s+(school|students?|programmes?|programs?)\b)|\bdegree\b|\b(entered|enrolled (at|in)|admitted to)\b(?=[^.;]{0,60}\b(university|college|institute|school|academy)\b)/gi,
  ],
  ['award', /\bwon\b|\bwins?\b|\bawarded\b|\bprize\b|\baward\b|\bmedal\b|\bhonou?red\b/gi],
  ['fellow', /\bfellow\b|\belected\b/gi],
  [
    'released',
    /\breleas(e|ed|es|ing)\b|\bunveil(ed|s)?\b|\bopen-?sourced\b|\bintroduced\b|\bdebuted\b/gi,
  ],
  ['listed', /\bipo\b|\blisted\b|\bwent public\b|\bpublic offering\b/gi],
  ['acquired', /\bacquir(ed|es)\b|\bbought\b|\btakeover\b/gi],
  ['sanctioned', /\bentity list\b|\bsanction(ed|s)?\b|\bblacklist(ed)?\b/gi],
  // "raised US$300 million": a funding only with an amount after it ("raised in Beijing" is not).
  [
    'funded',
    /\braised\b(?=[^.;,]{0,24}?(US\$|\$|€|£|¥|\d[\d,.]*\s*(million|billion|bn|yuan)\b))/gi,
  ],
  [
    'renamed',
    /\brenamed\b|\brebrand(ed|s|ing)?\b|\btook (its|the|a) (current |present |new )?name\b/gi,
  ],
  ['effective', /\btook effect\b|\bcame into (force|effect)\b/gi],
];

const ZH_EVENTS: [EventClass, RegExp][] = [
  ['born', /出生|生于|生於/g],
  ['died', /去世|逝世/g],
  // 诞生: a company's birth (a person's is read as a birth, events.ts). 启动 at a clause's end:
  // a programme's launch ("千人计划于2008年启动"), not "启动了芯片项目". 从…剥离: a spin-out.
  [
    'founded',
    /成立|创立|创办|创建|组建|揭牌|建立|联合创立|創立|創辦|創建|組建|起家|始建|诞生|誕生|启动(?=\s*[。，,；;！!]|\s*$)|(?<=从[^，。,；;]{1,30})[“"「]?(剥离|剝離)/g,
  ],
  // 回到北京, a return to a city, may agree with the return or move, never differ (events.ts).
  [
    'returned',
    /回国|归国|回國|歸國|回到中国|返回中国|踏上归途|踏上歸途|回到了?(国内|國內|祖国|祖國|北京|上海|深圳|杭州|广州|廣州)/g,
  ],
  ['moved', /移居|迁居|定居/g],
  ['left', /离开|離開|离职|辞去|卸任|退休/g],
  ['joined', /加入|加盟|出任|入职|受聘|任命|就任|担任|擔任/g],
  ['led', /领导|带领|执掌|领衔/g],
  // An entry: "考入…大学", "进入中国科技大学电子工程系".
  [
    'degree',
    /博士|硕士|学士|本科|毕业|考入|入学|进入(?=[^，。,；;]{0,12}(大学|学院|學院|少年班))/g,
  ],
  // "获得博士学位" is a degree (博士), not an award.
  ['award', /获得(?![^，。,；;]{0,24}(学位|博士|硕士|学士))|获颁|荣获|奖/g],
  ['fellow', /院士|会士|当选/g],
  // 上线 (went live), 开启邀请测试 (opened for invited testing): a release.
  ['released', /发布|推出|开源|上线|上線|开启[^，。,；;]{0,4}测试|開啟[^，。,；;]{0,4}測試/g],
  // 敲钟 (rang the bell), 登陆港交所 (landed on the exchange): a listing.
  [
    'listed',
    /上市|挂牌|掛牌|敲钟|敲鐘|登陆(港交所|联交所|纳斯达克|纽交所|科创板|创业板|上交所|深交所|港股|美股|A股)|登陸(港交所|聯交所|納斯達克|紐交所)/g,
  ],
  // A rule or plan: issued (印发, 颁布) and in force (施行, 生效).
  ['issued', /印发|印發|颁布|頒布/g],
  ['effective', /施行|生效/g],
  ['acquired', /收购|并购/g],
  ['sanctioned', /实体清单|實體清單|实体名单|實體名單|制裁/g],
  ['renamed', /更名/g],
  ['funded', /融资/g],
];

export interface Cue {
  start: number;
  end: number;
  text: string;
  cls: EventClass;
}

/** Every event word in a text, with its class. */
export function findCues(text: string, lang: 'en' | 'zh'): Cue[] {
  const out: Cue[] = [];
  for (const [cls, re] of lang === 'zh' ? ZH_EVENTS : EN_EVENTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "founding director" is a role, not a founding event.
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], cls });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The event classes a text speaks of (for facts, which are in English). */
export function eventClasses(text: string): Set<EventClass> {
  return new Set([...findCues(text, 'en'), ...findCues(text, 'zh')].map((c) => c.cls));
}

/** An entry to a school, not a degree ("entered USTC's School for the Gifted Young", "考入"). */
export const ENTRY_WORD = /^(entered|enrolled|admitted|考入|入学|进入)/i;

/** Kinds of degree, so "PhD in 1997" is compared with the PhD, not the bachelor's. */
export type DegreeKind = 'phd' | 'master' | 'bachelor';
export function degreeKind(text: string): DegreeKind | undefined {
  if (/\bph\.?\s?d\b|doctor|博士/i.test(text)) return 'phd';
  if (/\bmaster'?s?\b|\bm\.?sc\b|\bm\.[as]\.|硕士/i.test(text)) return 'master';
  if (/\bbachelor|\bb\.?sc?\b|\bundergraduate|学士|本科/i.test(text)) return 'bachelor';
  return undefined;
}

/** Role families: a claimed role matches a relation whose role names the same family. */
export type RoleFamily =
  | 'founder'
  | 'director'
  | 'dean'
  | 'president'
  | 'chair'
  | 'ceo'
  | 'cto'
  | 'chief-scientist'
  | 'professor'
  | 'researcher'
  | 'student';

const EN_ROLES: [RoleFamily[], RegExp][] = [
  [['founder'], /\b(co-?)?founders?\b|\bfounding (director|president|chairman|member)\b/gi],
  [['chief-scientist'], /\bchief scientists?\b/gi],
  [['ceo'], /\bceo\b|\bchief executive( officer)?\b/gi],
  [['cto'], /\bcto\b|\bchief technology officer\b/gi],
  [['dean'], /\bdean\b/gi],
  [['president'], /\b(?<!vice[- ])president\b/gi],
  [['chair'], /\bchair(man|woman|person)?\b(?! professor)/gi],
  [['director'], /\b(?<!managing )director\b|\bhead\b(?= of)/gi],
  [['professor'], /\b(assistant |associate |chair |adjunct )?professor\b|\bprof\.?(?=\s)/gi],
  [['researcher'], /\bresearchers?\b|\bresearch scientists?\b/gi],
  [['student'], /\b(phd |doctoral |graduate )?students?\b|\balumn(us|a|i)\b/gi],
];

const ZH_ROLES: [RoleFamily[], RegExp][] = [
  [['founder'], /(联合)?创始人|创办人/g],
  [['chief-scientist'], /首席科学家/g],
  [['ceo'], /首席执行官|CEO/g],
  [['cto'], /首席技术官|CTO/g],
  // 院长 is the head of an institute (director, president) or of a school (dean).
  [['dean', 'director', 'president'], /(?<!副)院长/g],
  [['president'], /(?<!副)校长|(?<!副)总裁/g],
  [['chair'], /(?<!副)(董事长|理事长|主席)/g],
  [['director'], /(?<!副)(所长|主任)/g],
  [['professor'], /(讲席|特聘|客座)?教授/g],
  [['researcher'], /研究员/g],
  [['student'], /学生|校友/g],
];

/** Role words of each family, as they appear in the dataset's relation roles (English). */
const FAMILY_WORDS: Record<RoleFamily, RegExp> = {
  founder: /found|创始/i,
  director: /director|head|院长|所长|主任/i,
  dean: /dean|院长/i,
  president: /(?<!vice[- ])president|院长|校长/i,
  chair: /chair(man|woman|person)?\b(?! professor)|理事长|董事长/i,
  ceo: /\bceo\b|chief executive/i,
  cto: /\bcto\b|chief technology/i,
  'chief-scientist': /chief scientist/i,
  professor: /professor|faculty|教授/i,
  researcher: /research|scientist/i,
  student: /student|phd|bsc|msc|bachelor|master|doctor|undergraduate|alumn/i,
};

export interface RoleCue {
  start: number;
  end: number;
  text: string;
  families: RoleFamily[];
}

export function findRoles(text: string, lang: 'en' | 'zh'): RoleCue[] {
  const out: RoleCue[] = [];
  for (const [families, re] of lang === 'zh' ? ZH_ROLES : EN_ROLES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // The first (most specific) pattern that covers a span wins: "chief scientist" is not
      // also a "researcher".
      if (out.some((r) => r.start < end && start < r.end)) continue;
      out.push({ start, end, text: m[0], families });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Does a relation's role (or, without one, its type) belong to one of the families? */
export function roleFits(families: RoleFamily[], role: string | undefined, type: string): boolean {
  if (role && families.some((f) => FAMILY_WORDS[f].test(role))) return true;
  if (role) return false;
  return families.some((f) => TYPE_OF_FAMILY[f].includes(type));
}

const TYPE_OF_FAMILY: Record<RoleFamily, string[]> = {
  founder: ['founded'],
  director: ['leads'],
  dean: ['leads'],
  president: ['leads'],
  chair: ['leads'],
  ceo: ['leads'],
  cto: [],
  'chief-scientist': [],
  professor: [],
  researcher: [],
  student: ['studied_at'],
};

/** Words before a year that make it approximate or a bound, not the event's year. */
export const EN_VAGUE_BEFORE =
  /\b(before|after|by|until|till|around|about|circa|c\.|approximately|roughly|nearly|since the|the early|the late|the mid|mid-|pre-|post-)\s*$/i;
export const ZH_VAGUE_AFTER = /^年?(前|后|之前|之后|以前|以后|左右|前后|代)/;
/** Sentence-level hedges: negation, modality, the future, reported speech of doubt. */
export const EN_HEDGE =
  /\b(not|never|no|n't|reportedly|allegedly|rumou?red|expected|plans?|planned|planning|will|would|may|might|could|should|possibly|perhaps|probably|claims?|claimed|disputed|denied|false(ly)?|wrongly|incorrectly|mistakenly|erroneously)\b/i;
export const ZH_HEDGE = /不|没|未|非|将|计划|预计|可能|或许|据称|传闻|否认|误/;

/**
 * Awards Chinese text names in its own words, with the English name the dataset's statements
 * use, so "2000年获得图灵奖" is compared with the "Turing Award" statement.
 */
export const ZH_AWARD_NAMES: [RegExp, string][] = [
  [/图灵奖|圖靈獎/, 'Turing Award'],
  [/马尔奖|馬爾獎/, 'Marr Prize'],
  [/诺贝尔奖|諾貝爾獎/, 'Nobel Prize'],
  [/菲尔兹奖|菲爾茲獎/, 'Fields Medal'],
  [/沃尔夫奖|沃爾夫獎/, 'Wolf Prize'],
  [/高德纳奖|高德納獎/, 'Knuth Prize'],
  [/哥德尔奖|哥德爾獎/, 'Gödel Prize'],
];

/** The sentence with the English names of the Chinese award names it holds appended. */
export function withAwardNames(s: string): string {
  const extra = ZH_AWARD_NAMES.filter(([re]) => re.test(s)).map(([, en]) => en);
  return extra.length > 0 ? `${s} ${extra.join(' ')}` : s;
}
