import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { RoomFocus } from '../api/contract/room';
import { CODE_ALPHABET, CODE_LENGTH, ROOM_LIMITS } from '../domain/room/protocol';
import { GUEST_ID_PREFIX, type Guest } from '../domain/shared/guests';
import { DomainError } from '../domain/shared/errors';
import type { HealthScores } from '../domain/retro/schema';
import { nameKey, sameName } from '../domain/shared/name-key';

/** One person in the room on their own device: a team member, or a guest the facilitator allowed. */
export interface Person {
  /** The member's id (one device per member at a time), or a guest id of the room's own. */
  personId: string;
  name: string;
  guest: boolean;
  tokenHash: string;
}

/** A refusal with the HTTP status the join page gets (423 locked, 403 wrong key, 409 name taken). */
export class RoomRefusal extends DomainError {
  /**
   * A key that was never this room's (a guess): it counts toward the wrong-code limit. The key replaced last (a
   * phone showed the names a moment before New code) is refused the same way but not counted as one.
   */
  readonly guess: boolean;

  constructor(
    code: ConstructorParameters<typeof DomainError>[0],
    message: string,
    readonly status: number,
    options: { replacedKey?: boolean } = {},
  ) {
    super(code, message);
    this.guess = code === 'unauthorized' && !options.replacedKey;
  }
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A blocker raised or a topic parked from a place in the room, with the id it was stored under. */
export interface Raised {
  kind: 'blocker' | 'topic';
  text: string;
  blockerId?: string;
  topicId?: string;
}

/**
 * What a person cast from their place in this room, and only from it: the poker rounds they voted in, the dots they
 * placed (retro id → target id → dots added, net) and the retros whose health check they answered. Leave and Remove
 * take back only these: a vote the name's owner cast before the place was taken (an older round left open, an earlier
 * room, the shared screen) is theirs, and stays.
 */
export interface CastHere {
  rounds: Set<string>;
  dots: Map<string, Map<string, number>>;
  answers: Set<string>;
}

/**
 * Each person's own health scores per retro: retro id → person id → scores. Only the medians are stored;
 * the host keeps these for the app's lifetime, so closing and opening the room again loses no answer.
 */
export type HealthAnswers = Map<string, Map<string, HealthScores>>;

/**
 * Who wrote each anonymous card: card id → person id. Like the health answers, the host keeps it for the app's
 * lifetime (never on disk), so a room closed and opened again still knows a writer's own hidden cards.
 */
export type CardAuthors = Map<string, string>;

/**
 * What an open room remembers, in memory only: its keys, who is in, and who wrote which anonymous card.
 * None of it is ever written to disk; it ends with the room (all but the health answers and card authors it
 * is given, which the host keeps until the app quits or their retro or card is deleted).
 */
export class RoomSession {
  /** 256 bits, in the link's fragment. */
  secret = randomBytes(32).toString('base64url');
  code = newCode();
  locked = false;
  /** Whether people who are not team members may join by name. Off until the facilitator allows it. */
  guestsAllowed = false;
  readonly people = new Map<string, Person>();
  private readonly byToken = new Map<string, string>();
  /** The cards each person wrote from their place in this room (person id → card ids): see `leave`. */
  private readonly writtenHere = new Map<string, Set<string>>();
  /** What each person cast from their place in this room (see `CastHere`). */
  private readonly castHere = new Map<string, CastHere>();
  /** Each person's messages still being handled (see `handle`). */
  private readonly handling = new Map<string, Set<Promise<unknown>>>();
  /** People on their way out with `leave`: what they send meanwhile is refused. */
  readonly leaving = new Set<string>();
  /** What each person raised at the standup in this room, to show them: person id → items. */
  readonly raised = new Map<string, Raised[]>();
  /** What each person raised from their place now (`raised` outlives a place the team took away): see `leave`. */
  private readonly raisedHere = new Map<string, Raised[]>();
  lastActivity: number;
  /** The code and link replaced last: a phone may still hold them from the names it was shown (not a guess). */
  private replaced: { secret: string | null; code: string | null } = { secret: null, code: null };
  /** The retro the room was on until it was deleted, while the room is on nothing since: phones say so. */
  deletedRetroId: string | null = null;

  constructor(
    readonly teamId: string,
    public focus: RoomFocus,
    now: number,
    /** The health answers given so far, in this room or an earlier one of the same app run. */
    readonly health: HealthAnswers = new Map(),
    /** Anonymous cards' writers, so a writer can edit their own card: in this room or an earlier one. */
    readonly authors: CardAuthors = new Map(),
  ) {
    this.lastActivity = now;
  }

  /** True for the link's secret or the current code; compared in constant time. */
  keyMatches(key: { secret: string } | { code: string }): boolean {
    return 'secret' in key ? sameText(key.secret, this.secret) : sameText(key.code, this.code);
  }

  /** Whether the key is the code or link replaced last: refused, like any key but the current one. */
  keyReplaced(key: { secret: string } | { code: string }): boolean {
    const replaced = 'secret' in key ? this.replaced.secret : this.replaced.code;
    return replaced !== null && sameText('secret' in key ? key.secret : key.code, replaced);
  }

  /** A new secret and code: the old link and code stop working; people already in stay. */
  rotateKeys(): void {
    this.replaced = { secret: this.secret, code: this.code };
    this.secret = randomBytes(32).toString('base64url');
    this.code = newCode();
  }

  rotateCode(): void {
    this.replaced = { ...this.replaced, code: this.code };
    this.code = newCode();
  }

  /** Lets a member in and answers their token (kept only as a hash). */
  join(member: { id: string; name: string }): { token: string; person: Person } {
    if (this.people.has(member.id)) {
      throw new RoomRefusal(
        'conflict',
        `${member.name} is already in the room on another device. Ask the facilitator to free the name.`,
        409,
      );
    }
    return this.admit({ personId: member.id, name: member.name, guest: false });
  }

  /**
   * Lets a guest in by the name they typed, under a new guest id, when the facilitator allows guests. A member's
   * name is refused: a member who typed it instead of picking it would vote and write as a stranger, and the
   * round would wait for them as themself.
   */
  joinGuest(name: string, members: readonly { name: string }[] = []): { token: string; person: Person } {
    if (!this.guestsAllowed) {
      throw new RoomRefusal('forbidden', 'This room is for team members only: pick your name from the list.', 403);
    }
    // The same guest joining again from another browser would otherwise count twice, under one name nobody
    // can tell apart on the shared screen (and a poker round would wait for a vote that never comes).
    const taken = [...this.people.values()].find((p) => nameKey(p.name) === nameKey(name));
    if (taken) {
      throw new RoomRefusal(
        'conflict',
        `Someone called ${taken.name} is already in the room. If that is you on another device, ask the facilitator to free the name; otherwise add your initial.`,
        409,
      );
    }
    const member = members.find((m) => sameName(m.name, name));
    if (member) {
      throw new RoomRefusal(
        'conflict',
        `${member.name} is on the team: tap “I am ${member.name}” in the list. If you are a guest with the same name, add your initial.`,
        409,
      );
    }
    return this.admit({ personId: `${GUEST_ID_PREFIX}${randomBytes(12).toString('base64url')}`, name, guest: true });
  }

  /** A guest in the room as the ceremonies store them (id and name), or null for a member. */
  guest(personId: string): Guest | null {
    const person = this.people.get(personId);
    return person?.guest ? { id: person.personId, name: person.name } : null;
  }

  private admit(who: Omit<Person, 'tokenHash'>): { token: string; person: Person } {
    if (this.locked) throw new RoomRefusal('forbidden', 'The room is locked: ask the facilitator to unlock it.', 423);
    if (this.people.size >= ROOM_LIMITS.maxPeople) {
      throw new RoomRefusal('conflict', `The room is full (${ROOM_LIMITS.maxPeople} people).`, 409);
    }
    const token = randomBytes(32).toString('base64url');
    const person: Person = { ...who, tokenHash: hash(token) };
    this.people.set(person.personId, person);
    this.byToken.set(person.tokenHash, person.personId);
    return { token, person };
  }

  personByToken(token: string): Person | null {
    const id = this.byToken.get(hash(token));
    return id ? (this.people.get(id) ?? null) : null;
  }

  /** Ends a person's access: their token stops working and their name is free again. */
  remove(personId: string): Person {
    const person = this.people.get(personId);
    if (!person) throw new DomainError('not_found', 'That person is not in the room.');
    this.people.delete(personId);
    this.byToken.delete(person.tokenHash);
    this.writtenHere.delete(personId);
    this.raisedHere.delete(personId);
    this.castHere.delete(personId);
    this.leaving.delete(personId);
    return person;
  }

  /** A card the person wrote from their place: theirs to change until the reveal (`authors`). */
  wrote(personId: string, cardId: string): void {
    this.authors.set(cardId, personId);
    this.writtenHere.set(personId, (this.writtenHere.get(personId) ?? new Set()).add(cardId));
  }

  /** A blocker or topic the person raised from their place, once saved. */
  noteRaised(personId: string, item: Raised): void {
    this.raised.set(personId, [...(this.raised.get(personId) ?? []), item]);
    this.raisedHere.set(personId, [...(this.raisedHere.get(personId) ?? []), item]);
  }

  /** What the person cast from their place now, not from an earlier one under the same name. */
  castFromPlace(personId: string): Readonly<CastHere> {
    return this.castHere.get(personId) ?? { rounds: new Set(), dots: new Map(), answers: new Set() };
  }

  /** The person's record of what they cast from their place, made on their first. */
  private cast(personId: string): CastHere {
    const cast = this.castFromPlace(personId);
    // Only a person in the room has a place to note it under: a message that ends after they left notes nothing.
    if (this.people.has(personId)) this.castHere.set(personId, cast);
    return cast;
  }

  /** A vote the person cast (or took back) from their place, once saved. */
  votedHere(personId: string, roundId: string): void {
    this.cast(personId).rounds.add(roundId);
  }

  /** Dots the person added (or took back: a negative delta) from their place, once saved. */
  dottedHere(personId: string, retroId: string, targetId: string, delta: number): void {
    const dots = this.cast(personId).dots;
    const onRetro = dots.get(retroId) ?? new Map<string, number>();
    dots.set(retroId, onRetro);
    onRetro.set(targetId, (onRetro.get(targetId) ?? 0) + delta);
  }

  /** A health answer the person gave from their place, once saved. */
  answeredHere(personId: string, retroId: string): void {
    this.cast(personId).answers.add(retroId);
  }

  /** What the person raised from their place now, not from an earlier one under the same name. */
  raisedFromPlace(personId: string): readonly Raised[] {
    return this.raisedHere.get(personId) ?? [];
  }

  /**
   * Runs one of the person's messages, kept until it settles: `leave` waits for those still being saved, so a card,
   * vote or blocker sent just before Leave the room is taken back or let go with the rest, and never lands under the
   * name once someone else has it. A person leaving sends nothing more (`leaving`).
   */
  handle<T>(personId: string, work: Promise<T>): Promise<T> {
    const handling = this.handling.get(personId) ?? new Set<Promise<unknown>>();
    this.handling.set(personId, handling);
    handling.add(work);
    const done = () => {
      handling.delete(work);
      if (handling.size === 0 && this.handling.get(personId) === handling) this.handling.delete(personId);
    };
    work.then(done, done);
    return work;
  }

  /** Resolves once every message of the person's that `handle` is running has settled. */
  async handled(personId: string): Promise<void> {
    await Promise.allSettled([...(this.handling.get(personId) ?? [])]);
  }

  /**
   * The person gives up their place, or the facilitator removes them (often they picked someone else's name): like
   * `remove`, but what they wrote and raised from it stays in the ceremony, counted, and is nobody's own any more:
   * whoever takes the name next neither sees those hidden cards nor changes them. Cards the name's holder wrote from
   * an earlier place stay theirs.
   */
  leave(personId: string): Person {
    const written = this.writtenHere.get(personId) ?? new Set<string>();
    const person = this.remove(personId);
    for (const cardId of written) this.authors.delete(cardId);
    this.raised.delete(personId);
    return person;
  }

  touch(now: number): void {
    this.lastActivity = now;
  }
}
