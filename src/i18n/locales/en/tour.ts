export const tour = {
  title: 'Guided tour',
}
