/**
 * Stage 1c: find where a scraped page's article ends and its reader comments
 * begin, so that nothing is attributed from the comment thread.
 *
 * A thread starts at a heading such as "Leave a Reply", "12 Comments" or
 * "One Response", or at the first of two or more bullet lines that hold only
 * a user name ("• Icebow"). Everything from there on is left out. Each chunk
 * is looked at once, and only its first few hundred characters.
 */
import type {Chunk} from './paragraphs.js'

const HEADING = /^(?:(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:responses?|comments?|replies|thoughts)(?:\s+(?:so far|to|on)\b.*)?|leave\s+a\s+(?:reply|comment)|(?:reader\s+)?comments?|join\s+the\s+discussion|show\s+comments|post\s+a\s+comment|add\s+a\s+comment|comments\s+are\s+closed\.?|discussion)\s*:?$/i
const BULLET = /^[•·▪◦‣*]\s*\S+(?:\s+\S+){0,2}$/
const SENTENCE_END = /[.!?”"]$/

/**
 * The offset at which the reader-comment part of a page starts, or
 * `text.length` when there is none.
 */
export function commentThreadStart(text: string, chunks: Chunk[]): number {
  let candidate = -1
  let bullets = 0
  for (const chunk of chunks) {
    // Only short chunks can be headings or user names.
    if (chunk.end - chunk.start > 60) continue
    const line = text.slice(chunk.start, chunk.end).trim()
    if (HEADING.test(line)) return chunk.start
    if (BULLET.test(line) && !SENTENCE_END.test(line)) {
      if (candidate === -1) candidate = chunk.start
      bullets++
      if (bullets >= 2) return candidate
    }
  }
  return text.length
}
