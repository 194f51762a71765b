// Stands in for a hashed Vite asset in @QuarkusTest.
