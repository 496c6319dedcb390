import { z } from 'zod';
import staffJson from './lexicon/staff.json' with { type: 'json' };

const staffLexiconSchema = z.object({
  $comment: z.string().optional(),
  people: z.array(z.string()).min(1),
  parties: z.array(z.string()).min(1),
  notOwnAfter: z.array(z.string()).min(1),
});
const lexicon = staffLexiconSchema.parse(staffJson);
// Longest first, so 项目经理 is one title, not 经理 after 项目.
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** A title of someone at the business (师傅, 顾问, 园长): a number, name or WeChat ID after it is theirs. */
export const staffTitle = new RegExp(alternatives(lexicon.people));

/** Anyone but the customer: a staff title or the business itself (你们, 物业). */
export const otherParty = new RegExp(alternatives([...lexicon.people, ...lexicon.parties]));

/**
 * Right after a number, words that say it is not the customer's own: they tried to call it ("一直关机", "打过去就挂") —
 * unless it is a condition ("打不通就打我老婆的") — or it is a relative's ("这个是我老婆的").
 */
export const notOwnAfter = new RegExp(`^\\s*(?:${lexicon.notOwnAfter.join('|')})(?![就再]|的话)`);
