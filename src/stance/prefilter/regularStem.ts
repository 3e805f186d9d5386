/**
 * Strings of which every regular inflection of a lemma contains one, as wink-nlp's English lemmatiser undoes them
 * (verbs strip -s, -es, -ed, -ing and maybe add -e, or turn -ies into -y; adjectives strip -er, -est and maybe add
 * -e; nouns strip -s and turn -ses, -xes, -zes, -ches, -shes, -ves, -ies, -men back): the lemma itself, and the
 * endings that replace a final e, y, f, s or "man". A text without any of them has no regular form of the lemma.
 *
 * @example
 * regularStems('receive'); // ['receive', 'received', 'receiving', 'receiver', 'receivest']
 * regularStems('ally'); // ['ally', 'allies']
 * regularStems('talk'); // ['talk']
 */
export function regularStems(lemma: string): string[] {
  if (lemma.length < 2) return [lemma];
  const head = lemma.slice(0, -1);
  if (lemma.length > 3 && lemma.endsWith('man')) return [lemma, `${lemma.slice(0, -3)}men`];
  switch (lemma[lemma.length - 1]) {
    case 'e':
      return [lemma, `${head}ed`, `${head}ing`, `${head}er`, `${head}est`];
    case 'y':
      return [lemma, `${head}ies`];
    case 'f':
      return [lemma, `${head}ves`];
    case 's':
      return [lemma, `${head}zes`];
    default:
      return [lemma];
  }
}
