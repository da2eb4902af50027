export const engineText = {
  title: 'Engine messages',
}
