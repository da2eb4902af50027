export const editors = {
  title: 'Inputs',
}
