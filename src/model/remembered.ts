/** `lookup` with each answer kept, for lookups whose answers never change while the function is in use. */
export function remembered<T>(lookup: (id: string) => T): (id: string) => T {
  const answers = new Map<string, T>();
  return (id) => {
    if (answers.has(id)) return answers.get(id) as T;
    const answer = lookup(id);
    answers.set(id, answer);
    return answer;
  };
}
