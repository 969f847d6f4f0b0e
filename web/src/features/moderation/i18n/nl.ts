export default { nav: 'Moderatie' };
