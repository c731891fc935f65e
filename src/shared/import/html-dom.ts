import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5'
import { ImportError } from './types'

// The one place that knows the HTML parser (parse5, the WHATWG algorithm browsers follow):
// comments, scripts, implied end tags, misnested tags and every named entity are handled as a
// browser would. It hands back a light tree of our own, bounded in size and depth.

export interface HNode {
  tag: string
  attrs: Readonly<Record<string, string>>
  children: (HNode | string)[]
}

/** Elements, text and comment nodes a page may have: a long report page has a few tens of thousands. */
export const MAX_HTML_NODES = 200_000
/** Real pages nest a few dozen levels; content deeper than this is read as plain text. */
const MAX_DEPTH = 200
/**
 * Open elements nested in one another: real report pages nest 8–18 levels and browsers stop
 * nesting at 512, so thousands are a flood of unclosed tags (`<b>1<b>1…`, `<div><div>…`). Refused
 * as it happens: each deeper level costs the parser more than a node, and waiting for the node
 * cap would parse a third of such a page.
 */
export const MAX_HTML_NESTING = 5_000
/** Content that is never text of the page. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'iframe'])

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']

function tooLarge(): ImportError {
  return new ImportError(`网页的元素过多（超过${MAX_HTML_NODES / 10000}万个），不是年度报告网页，已停止读取`)
}

/** parse5's own tree adapter, counting what it creates and how deep it nests so a hostile page stops early. */
function countingAdapter(): typeof defaultTreeAdapter {
  let nodes = 0
  const count = () => {
    if (++nodes > MAX_HTML_NODES) throw tooLarge()
  }
  const depths = new Map<P5Node, number>()
  const nest = (parent: P5Parent, node: P5Node) => {
    if (!defaultTreeAdapter.isElementNode(node)) return
    const depth = (depths.get(parent) ?? 0) + 1
    if (depth > MAX_HTML_NESTING) throw new ImportError(`网页的标签嵌套过深（超过${MAX_HTML_NESTING}层，多为未闭合的标签），不是年度报告网页，已停止读取`)
    depths.set(node, depth)
  }
  return {
    ...defaultTreeAdapter,
    appendChild(parent, node) {
      nest(parent, node)
      defaultTreeAdapter.appendChild(parent, node)
    },
    insertBefore(parent, node, ref) {
      nest(parent, node)
      defaultTreeAdapter.insertBefore(parent, node, ref)
    },
    createElement(tag, ns, attrs) {
      count()
      return defaultTreeAdapter.createElement(tag, ns, attrs)
    },
    createCommentNode(data) {
      count()
      return defaultTreeAdapter.createCommentNode(data)
    },
    insertText(parent, text) {
      // Adjacent text merges into the last text node; only a new node counts.
      const last = parent.childNodes[parent.childNodes.length - 1]
      if (!last || !defaultTreeAdapter.isTextNode(last)) count()
      defaultTreeAdapter.insertText(parent, text)
    },
    insertTextBefore(parent, text, ref) {
      count()
      defaultTreeAdapter.insertTextBefore(parent, text, ref)
    }
  }
}

/** Text of a subtree in document order, without recursion (for content nested too deep). */
function flatText(node: P5Parent): string {
  let s = ''
  const stack: P5Node[] = [...(node.childNodes as P5Node[])].reverse()
  while (stack.length > 0) {
    const c = stack.pop()!
    if (defaultTreeAdapter.isTextNode(c)) s += c.value
    else if (defaultTreeAdapter.isElementNode(c) && !UNREAD.has(c.tagName)) {
      s += ' '
      for (let i = c.childNodes.length - 1; i >= 0; i--) stack.push(c.childNodes[i])
    }
  }
  return s
}

/** Parses a page into a light tree: element names in lower case, attributes by name, text as strings. */
export function parseHtml(html: string): HNode {
  const doc = parse(html, { treeAdapter: countingAdapter(), onParseError: null })
  const root: HNode = { tag: '#root', attrs: {}, children: [] }
  // Iterative: a hostile page nests deeper than the call stack allows.
  const stack: { from: P5Parent; to: HNode; depth: number }[] = [{ from: doc, to: root, depth: 0 }]
  while (stack.length > 0) {
    const { from, to, depth } = stack.pop()!
    if (depth >= MAX_DEPTH) {
      const text = flatText(from).replaceAll('\u0000', '')
      if (text.trim() !== '') to.children.push(text)
      continue
    }
    for (const c of from.childNodes as P5Node[]) {
      if (defaultTreeAdapter.isTextNode(c)) {
        const text = c.value.replaceAll('\u0000', '')
        if (text !== '') to.children.push(text)
        continue
      }
      if (!defaultTreeAdapter.isElementNode(c) || UNREAD.has(c.tagName)) continue
      const attrs: Record<string, string> = {}
      for (const a of c.attrs) attrs[a.name] = a.value
      const node: HNode = { tag: c.tagName, attrs, children: [] }
      to.children.push(node)
      stack.push({ from: c, to: node, depth: depth + 1 })
    }
  }
  return root
}
