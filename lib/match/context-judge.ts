/**
 * Decides whether an alias that is also an ordinary word or first name ("Mila", "Caffe", 地平线)
 * is used as our entity's name in its sentence. Uses compromise, so it runs only in the service
 * worker (and in Node for the evaluation), never in the content script — and only for the few
 * sentences that hold such a candidate.
 *
 * The rules:
 * - A person (e.g. "Han" for Han Xiao) is marked only when the page names them unambiguously
 *   elsewhere (anchored) and the sentence uses the word as a person's name.
 * - Anything else is not marked when the word is used as a person's name ("Mila Kunis",
 *   "my friend Mila", "Mila said she…"). Otherwise a Latin-script alias is marked when the
 *   entity is anchored (and no confusable on the page holds the word) or the sentence speaks of
 *   research, technology or companies; an acronym (ICT) only when anchored; a Chinese alias
 *   (Chinese has no capitals to tell 地平线 the company from the horizon) only when the
 *   sentence itself has such a cue.
 */
import nlp from 'compromise';

export interface ContextCase {
  /** The sentence, and where the candidate sits in it. */
  sentence: string;
  offset: number;
  length: number;
  /** Is the entity a person? */
  person: boolean;
  /** Does the same document name the entity unambiguously elsewhere? */
  anchored: boolean;
  /**
   * Does a confusable on the page hold the same word ("Mila Kunis", "Horizon Europe")? Then the
   * page's anchor does not speak for this sentence.
   */
  contested?: boolean;
}

const CUES =
  /\b(ai|artificial intelligence|machine learning|deep[- ]learning|neural|networks?|research(ers?)?|institutes?|labs?|laborator(y|ies)|frameworks?|models?|algorithms?|universit(y|ies)|professors?|scientists?|computer|computing|github|open[- ]source|quebec|montr[eé]al|bengio|gpus?|chips?|library|code|datasets?|benchmarks?|conference|papers?|compan(y|ies)|startup|founders?|founded|investors?|software|python|pytorch|tensorflow|robotics|engineers?|students?|campus|graduates?|customers|clients|revenue|shares|listing|listed|carmakers?)\b/i;
// Words of companies and research institutions, not of research in general: 研究 alone is in
// 研究员 and "研究寒武纪地层" (studying Cambrian strata).
const CJK_CUES =
  /人工智能|智能|大模型|模型|算法|芯片|机器人|自动驾驶|深度学习|计算机视觉|框架|实验室|研究院|研究所|公司|集团|企业|科技|技术|融资|投资|上市|创始人|创办|推出|发布|产品|客户|GPU|实体清单|制裁/;
/** Words right before a name that say a person follows. */
const PERSON_BEFORE =
  /\b(mr|ms|mrs|miss|dr|prof|professor|actress|actor|singer|friend|daughter|son|wife|husband|sister|brother|mother|father|mom|dad|niece|nephew|cousin|girlfriend|boyfriend|baby|named|called|her|his|my|our|dear|hi|hello|hey|thanks)\.?,?\s*$/i;
/** Words right after a name that say it is a person. */
const PERSON_AFTER =
  /^(\s*,\s*(a|an|the)\s+([\w-]+\s+){0,3}(student|teacher|man|woman|boy|girl|resident|neighbou?r|mother|father|actor|actress|singer|player|writer|driver|farmer|nurse|doctor|lawyer)\b|'s\s+(husband|wife|mother|father|son|daughter|family|parents)\b|\s+(said|says|told|asked|smiled|laughed|cried|was born|is born|agrees|agreed|here)\b|\s+(is|was)\s+a\s+(common\s+)?(family|first|given|last)\s+name|\s*,\s*(who|she|he)\b|\s+(she|he)\b)/i;
const reCjk = /\p{Script=Han}/u;

export function judgeContext(c: ContextCase): boolean {
  const word = c.sentence.slice(c.offset, c.offset + c.length);
  const before = c.sentence.slice(0, c.offset);
  const after = c.sentence.slice(c.offset + c.length);
  if (reCjk.test(word)) {
    // No capitals, and compromise does not read Chinese: the sentence's own words decide.
    return CJK_CUES.test(c.sentence) && (!c.person || c.anchored);
  }
  // The cheap tests first: compromise (milliseconds a sentence) only runs when its answer
  // can still change the verdict.
  if (c.person) return c.anchored && usedAsPersonName(c.sentence, word, before, after);
  const supported = c.anchored && !c.contested;
  // An acronym (ICT, PCL) in a sentence about technology is too often another acronym.
  const possible = reAcronym.test(word) ? supported : supported || CUES.test(c.sentence);
  return possible && !usedAsPersonName(c.sentence, word, before, after);
}

const reAcronym = /^[\p{Lu}\p{N}]{2,}$/u;

function usedAsPersonName(sentence: string, word: string, before: string, after: string): boolean {
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) return true;
  // "Mila Kunis": compromise sees a person's name of two words or more that holds the word.
  const people = nlp(sentence).people().out('array') as string[];
  return people.some((p) => p.split(/\s+/).length > 1 && p.split(/\s+/).includes(word));
}
