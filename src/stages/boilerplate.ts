/**
 * Stage 1c: find the reader-comment threads of a scraped page, so that
 * nothing is attributed from them, and say where they are.
 *
 * A thread may start at a heading such as "Leave a Reply", "12 Comments" or
 * "One Response", or at a bullet line that holds only a user name
 * ("• Icebow"). Such a line alone is not enough: within the next few chunks
 * another sign of a thread must follow (a second heading or user name, a
 * "Reply" link, a comment date, the comment form's "Your email address will
 * not be published"). A thread ends at the end of the text, or at its last
 * sign when three paragraphs of prose follow without one (article text
 * again). So a heading near the top, or one stray line, drops nothing.
 * Each chunk is looked at a bounded number of times, and only its first few
 * hundred characters.
 */
import type {Chunk} from './paragraphs.js'
import type {SkippedSpan} from '../types.js'

const HEADING =
  /^(?:(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:responses?|comments?|replies|thoughts)(?:\s+(?:so far|to|on)\b.*)?|leave\s+a\s+(?:reply|comment)|(?:reader\s+)?comments?|join\s+the\s+discussion|show\s+comments|post\s+a\s+comment|add\s+a\s+comment|comments\s+are\s+closed\.?|discussion)\s*:?$/i
const BULLET = /^[•·▪◦‣*]\s*\S+(?:\s+\S+){0,2}$/
const SENTENCE_END = /[.!?”"]$/
/** Lines that appear in comment threads and forms, and hardly ever in articles. */
const THREAD_LINE = new RegExp(
  [
    '^(?:log\\s+in\\s+to\\s+)?reply(?:\\s+to\\s+\\S+)?\\s*[↓↩]?$',
    '^report(?:\\s+comment)?$',
    '^\\S+(?:\\s+\\S+){0,3}\\s+says:$',
    '^\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago$',
    '^(?:\\w+\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?$',
    '^your\\s+email\\s+address\\s+will\\s+not\\s+be\\s+published',
    '^required\\s+fields\\s+are\\s+marked',
    '^(?:name|e-?mail|website|comment)\\s*\\*?$',
    '^post\\s+comment$',
    '^notify\\s+me\\s+of\\s+(?:follow-up|new)\\s+(?:comments|posts)'
  ].join('|'),
  'i'
)

/** The reason given for a skipped reader-comment thread. */
export const COMMENT_THREAD = 'comment-thread'
/** Chunks longer than this are never a heading, a user name or a form line. */
const SHORT = 60
/** Chunks longer than this are never a thread line; only this much of a chunk is read. */
const HEAD = 200
/** Chunks longer than this count as prose. */
const PROSE = 80
/** How many chunks after a first sign a second one must come. */
const CONFIRM_WITHIN = 8
/** Paragraphs of prose in a row without a sign end a thread. */
const PROSE_RUN = 3

type Sign = 'start' | 'sign' | 'prose' | 'other'

/**
 * The reader-comment threads of `text`, whose paragraph chunks are `chunks`
 * (in order), as skipped spans in document order. Each span runs from the
 * start of a thread's first chunk to the end of its last.
 */
export function commentThreads(text: string, chunks: readonly Chunk[]): SkippedSpan[] {
  const threads: SkippedSpan[] = []
  let i = 0
  while (i < chunks.length) {
    if (classify(text, chunks[i]) !== 'start') {
      i++
      continue
    }
    const last = threadEnd(text, chunks, i)
    if (last === -1) {
      i++
      continue
    }
    threads.push({start: chunks[i].start, end: chunks[last].end, reason: COMMENT_THREAD})
    i = last + 1
  }
  return threads
}

/**
 * The index of the last chunk of a thread that starts at `first`, or -1
 * when no second sign comes within `CONFIRM_WITHIN` chunks.
 */
function threadEnd(text: string, chunks: readonly Chunk[], first: number): number {
  let lastSign = -1
  let prose = 0
  for (let j = first + 1; j < chunks.length; j++) {
    const kind = classify(text, chunks[j])
    if (kind === 'start' || kind === 'sign') {
      lastSign = j
      prose = 0
    } else if (lastSign === -1 && j - first >= CONFIRM_WITHIN) {
      return -1
    } else if (kind === 'prose' && ++prose >= PROSE_RUN) {
      return lastSign
    }
  }
  return lastSign === -1 ? -1 : chunks.length - 1
}

/**
 * What a chunk is to the thread detector. A chunk of several lines (a user
 * name, the comment, "Reply") is a sign when its first or last line is one.
 */
function classify(text: string, chunk: Chunk): Sign {
  const length = chunk.end - chunk.start
  const head = text.slice(chunk.start, chunk.start + Math.min(length, HEAD))
  const line = head.trim()
  if (length <= SHORT && (HEADING.test(line) || (BULLET.test(line) && !SENTENCE_END.test(line)))) return 'start'
  if (length <= HEAD && THREAD_LINE.test(line)) return 'sign'
  const firstBreak = head.indexOf('\n')
  if (firstBreak !== -1 && THREAD_LINE.test(head.slice(0, firstBreak).trim())) return 'sign'
  const tail = text.slice(Math.max(chunk.start, chunk.end - HEAD), chunk.end)
  const lastBreak = tail.lastIndexOf('\n')
  if (lastBreak !== -1 && THREAD_LINE.test(tail.slice(lastBreak + 1).trim())) return 'sign'
  return length > PROSE && line.includes(' ') ? 'prose' : 'other'
}
