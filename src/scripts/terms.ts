/**
 * Glossary terms in text (rendered by `term()` in src/lib/content/render.ts). CSS shows a
 * term's tip on hover and focus; this adds what CSS cannot: Escape hides it
 * (WCAG 1.4.13), and on a touch screen the first tap shows it rather than
 * leaving the page, a second tap follows the link to the glossary.
 */
const OPEN = 'term--open';

function closeAll(except?: Element) {
  for (const term of document.querySelectorAll(`.${OPEN}`)) if (term !== except) term.classList.remove(OPEN);
}

const DISMISSED = 'term--dismissed';

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll('.term:hover, .term:focus-within, .term--open')) term.classList.add(DISMISSED);
  closeAll();
});

/** A tip dismissed with Escape comes back when the reader comes back to its term. */
function undismiss(event: Event & { relatedTarget: EventTarget | null }) {
  const term = (event.target as Element).closest?.('.term');
  if (term && !(event.relatedTarget instanceof Node && term.contains(event.relatedTarget))) term.classList.remove(DISMISSED);
}
document.addEventListener('pointerover', undismiss);
document.addEventListener('focusin', undismiss);

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('.term__link');
  const term = link?.closest('.term');
  if (!term) return closeAll();
  const touch = matchMedia('(hover: none)').matches;
  if (touch && !term.classList.contains(OPEN)) {
    event.preventDefault();
    closeAll(term);
    term.classList.add(OPEN);
    term.classList.remove(DISMISSED);
  }
});
