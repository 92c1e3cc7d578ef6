/** One row a key (or key group) and what it does. */
export function KeyRows({ keys }: { keys: readonly { keys: string; description: string }[] }) {
  return keys.map((k) => (
    <tr key={k.keys}>
      <th scope="row">
        <kbd>{k.keys}</kbd>
      </th>
      <td>{k.description}</td>
    </tr>
  ));
}
