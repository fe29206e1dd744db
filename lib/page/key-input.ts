/**
 * The keyboard on the page: in hold-key mode the marks show only while the chosen key is down
 * (and hide when it goes up or the window loses focus); Esc closes an open card. Only the
 * reader's own (trusted) key presses count.
 */
import type { Settings } from '../settings/settings';
import type { Owner } from './owner';

export interface KeyInputDeps {
  doc: Document;
  owner: Owner;
  settings: () => Settings;
  /** The hold key's state, and showing or hiding the marks with it (marking.ts). */
  hold: { readonly held: boolean; setHeld: (down: boolean) => void };
  cardOpen: () => boolean;
  closeCard: () => void;
}

export class KeyInput {
  constructor(private d: KeyInputDeps) {}

  listen(): void {
    const { doc, owner } = this.d;
    owner.addEventListener(doc, 'keydown', (e: KeyboardEvent) => this.onKeyDown(e), {
      capture: true,
    });
    const release = (e: Event) => {
      if (!this.d.hold.held) return;
      if (e instanceof KeyboardEvent && e.key !== this.d.settings().holdKey) return;
      this.d.hold.setHeld(false);
    };
    owner.addEventListener(doc, 'keyup', release, { capture: true });
    owner.addEventListener(doc.defaultView!, 'blur', release);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === this.d.settings().holdKey && !this.d.hold.held) this.d.hold.setHeld(true);
    if (e.key === 'Escape' && this.d.cardOpen()) this.d.closeCard();
  }
}
