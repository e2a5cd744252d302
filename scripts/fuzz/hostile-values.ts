import fc from "fast-check";

/**
 * Characters that break naive text handling: NUL, lone surrogates, a pair, zero-width and
 * direction marks, a BOM, line separators, a combining mark, and the characters that quoting,
 * CSV, YAML and query strings treat specially.
 */
const EDGE_CHARACTERS = [
  "\u0000", "\ud800", "\udfff", "\ud83d\ude00", "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
  "\u2028", "\u2029", "\u0301", "\u00a0", "\t", "\n", "\r", '"', "'", "\\", "%", ",", "&", "=", "+", "#", ":", "-", "*", "!", "{", "[",
];

/** A high surrogate without its low half, or a low one without its high half. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Well-formed strings (no lone surrogate) mixing ordinary text with the edge characters above. */
export const wellFormedText = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...EDGE_CHARACTERS.filter((character) => !LONE_SURROGATE.test(character)))), { maxLength: 8 })
  .map((parts) => parts.join(""));

/** Any string, lone surrogates included. */
export const edgeText = fc
  .array(fc.oneof(fc.string({ maxLength: 8, unit: "binary" }), fc.constantFrom(...EDGE_CHARACTERS)), { maxLength: 8 })
  .map((parts) => parts.join(""));

/** Strings long enough to be cut when quoted (80 characters), some with a pair or a lone surrogate at the cut. */
export const hugeText = fc
  .tuple(fc.integer({ min: 70, max: 6_000 }), fc.constantFrom("a", "é", "\ud83d\ude00", "\ud800", "\u200f", "\u0000", " "), fc.integer({ min: 0, max: 100 }))
  .map(([length, filler, at]) => `${"x".repeat(at)}${filler.repeat(Math.ceil(length / filler.length))}`);

/** Keys that collide with Object.prototype, as JSON.parse makes them: own data properties. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "toJSON"] as const;

/** Sets an own property, even `__proto__`, as JSON.parse would, without touching the prototype. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nest(depth: number, shape: "array" | "object"): unknown {
  let value: unknown = shape === "array" ? [] : {};
  for (let level = 0; level < depth; level++) value = shape === "array" ? [value] : { a: value };
  return value;
}

/** Arrays or objects nested up to 20,000 deep: recursion must not overflow. */
export const deeplyNested = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("array" as const, "object" as const)).map(([depth, shape]) => nest(depth, shape));

/** Objects as JSON.parse can make them, with keys that shadow Object.prototype. */
const prototypeKeyed = fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.oneof(fc.string({ maxLength: 4 }), fc.constant({ polluted: true }), fc.constant(null))).map(([key, value]) => {
  const object = {};
  defineOwn(object, key, value);
  return object;
});

/** Marks a value with a safe description for fast-check's reports, which would otherwise call the hostile toString. */
function described<T extends object>(value: T, description: string): T {
  defineOwn(value, fc.toStringMethod as unknown as string, () => description);
  return value;
}

const thrower = (name: string) => () => {
  throw new Error(`hostile ${name} called`);
};

/** Objects whose conversions throw: anything that calls valueOf, toString, toJSON or Symbol.toPrimitive crashes. */
const hostileObject = fc.constantFrom("valueOf", "toString", "toJSON", "toPrimitive", "all").map((which) => {
  const object: Record<PropertyKey, unknown> = {};
  if (which === "valueOf" || which === "all") object.valueOf = thrower("valueOf");
  if (which === "toString" || which === "all") object.toString = thrower("toString");
  if (which === "toJSON" || which === "all") object.toJSON = thrower("toJSON");
  if (which === "toPrimitive" || which === "all") object[Symbol.toPrimitive] = thrower("Symbol.toPrimitive");
  return described(object, `<hostile ${which}>`);
});

/** Values JSON can carry: what a dataset file can hold. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: edgeText },
  { weight: 2, arbitrary: hugeText },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 2, arbitrary: prototypeKeyed },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Anything a caller could pass in JavaScript, hostile conversions and non-JSON types included. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: jsonValue },
  { weight: 2, arbitrary: hostileObject },
  {
    weight: 1,
    // Made afresh for each case, so no case sees another's changes.
    arbitrary: fc
      .constantFrom<() => unknown>(
        () => Number.NaN,
        () => Number.POSITIVE_INFINITY,
        () => -0,
        () => 10n,
        () => Symbol("hostile"),
        () => new Date(Number.NaN),
        () => new Map([["id", "x"]]),
        () => new Uint8Array(3),
        () => Object.create(null),
        () => [, 1],
        () => () => "a function",
      )
      .map((make) => make()),
  },
);

/** The kind of a value as the schema sees types: a wrong type is a different kind. */
export type ValueKind = "string" | "number" | "boolean" | "null" | "array" | "object" | "other";

export function kindOf(value: unknown): ValueKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean" || type === "object") return type;
  return "other";
}
