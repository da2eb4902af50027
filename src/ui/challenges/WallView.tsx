/** The workshop host's wall (`?view=wall`): placeholder while it is being built. */
export function WallView() {
  return <main className="wall" />
}
