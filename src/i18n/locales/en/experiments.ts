export const experiments = {
  title: 'Experiments',
}
